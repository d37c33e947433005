import type { CampaignUpdate } from '../../schemas/campaign.ts';

/**
 * The news and hand-overs of a campaign in the order every place shows them (the timeline, the
 * feed, the JSON), each with the anchor that the timeline gives it and the feed links to.
 */

export type AnchoredUpdate<U> = U & { anchor: string };

/**
 * Newest first; entries of one day keep the order editors wrote them in. The anchor is
 * `kabar-<date>-<n>`, n counting that day's entries, so it does not move when other days gain
 * entries; each feed item links to its own anchor, so readers' feed apps keep them apart.
 */
export function newestFirst<U extends Pick<CampaignUpdate, 'date'>>(updates: readonly U[]): AnchoredUpdate<U>[] {
  const perDay = new Map<string, number>();
  return updates
    .toSorted((a, b) => b.date.localeCompare(a.date))
    .map((u) => {
      const n = (perDay.get(u.date) ?? 0) + 1;
      perDay.set(u.date, n);
      return { ...u, anchor: `kabar-${u.date}-${n}` };
    });
}
