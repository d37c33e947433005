import type { CalendarDay } from '../../vocab/dates.ts';
import type { TimingState } from './liveTiming.ts';

/**
 * The order of the campaign list: those a reader can still give to first, the soonest to close
 * leading; then those yet to open, the soonest first; then the ended ones, the most recent first.
 * The build sorts with its date and the page script sorts again with the reader's, by this rule.
 */

const RANK: Record<TimingState, number> = { berjalan: 0, 'belum-mulai': 1, berakhir: 2 };

export interface Orderable {
  state: TimingState;
  startDate: CalendarDay;
  endDate: CalendarDay;
}

export function compareCampaigns(a: Orderable, b: Orderable): number {
  const byState = RANK[a.state] - RANK[b.state];
  if (byState !== 0) return byState;
  switch (a.state) {
    case 'berjalan':
      return a.endDate.localeCompare(b.endDate);
    case 'belum-mulai':
      return a.startDate.localeCompare(b.startDate);
    case 'berakhir':
      return b.endDate.localeCompare(a.endDate);
  }
}

/** A sorted copy; campaigns that compare equal keep their order. */
export function orderCampaigns<T extends Orderable>(campaigns: readonly T[]): T[] {
  return campaigns.toSorted(compareCampaigns);
}
