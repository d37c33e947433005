import type { Campaign } from '../../schemas/campaign.ts';
import { noonInJakarta } from '../../vocab/dates.ts';
import { formatRupiah } from '../money.ts';
import { campaignUrl } from '../urls.ts';
import { newestFirst } from './updates.ts';

/**
 * The items of a campaign's feed (`/donasi/<slug>/rss.xml`): every `kabar` and `penyaluran`,
 * newest first, so followers learn of each hand-over without coming back to the page.
 */

export interface CampaignFeedItem {
  title: string;
  description: string;
  pubDate: Date;
  /** Absolute: @astrojs/rss would put a slash after the anchor of a relative link. */
  link: string;
  categories: string[];
}

/** What a feed reader must be told about sample figures, on every item, since items travel alone. */
export const ILLUSTRATIVE_NOTICE = 'Data ilustrasi: angka kampanye ini contoh, bukan laporan resmi penyelenggara.';

export function campaignFeedItems(campaign: Campaign, site: URL | string): CampaignFeedItem[] {
  const page = new URL(campaignUrl(campaign.slug), site).href;
  return newestFirst(campaign.updates).map((u) => {
    const handOver =
      u.kind === 'penyaluran'
        ? `Penyaluran kepada ${u.recipient ?? '-'}: ${u.items ?? '-'}, senilai ${u.amount === undefined ? '-' : formatRupiah(u.amount)}.`
        : undefined;
    const parts = [handOver, u.text, campaign.illustrative ? ILLUSTRATIVE_NOTICE : undefined];
    return {
      title: u.title,
      description: parts.filter((p) => p !== undefined).join(' '),
      pubDate: noonInJakarta(u.date),
      link: `${page}#${u.anchor}`,
      categories: [u.kind === 'penyaluran' ? 'Penyaluran' : 'Kabar'],
    };
  });
}
