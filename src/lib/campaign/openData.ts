import type { Campaign } from '../../schemas/campaign.ts';
import { CAMPAIGN_DATA_VERSION, campaignDataSchema, type CampaignData } from '../../schemas/campaignData.ts';
import { campaignCsvUrl, campaignUrl } from '../urls.ts';
import { campaignCsv, sha256Hex } from './csvExport.ts';
import { summarizeCampaign } from './progress.ts';
import { cumulativeSeries } from './series.ts';
import { newestFirst } from './updates.ts';

/**
 * The JSON a campaign publishes at `/donasi/<slug>.json`: the figures the page shows, computed by
 * the same functions, and the CSV's hash. Parsed with the published schema before it is written,
 * so a file that breaks the documented shape stops the build instead of reaching reusers.
 */

export interface OpenDataOptions {
  /** The site's address, for absolute URLs in the file. */
  site: URL | string;
  /** When the build ran; also the day the timing figures count from. */
  builtAt: Date;
}

export async function campaignData(campaign: Campaign, options: OpenDataOptions): Promise<CampaignData> {
  const summary = summarizeCampaign(campaign, options.builtAt);
  const absolute = (path: string) => new URL(path, options.site).href;
  const updates = newestFirst(campaign.updates);
  const data: CampaignData = {
    version: CAMPAIGN_DATA_VERSION,
    slug: campaign.slug,
    title: campaign.title,
    description: campaign.description,
    organiser: campaign.organiser,
    beneficiaries: campaign.beneficiaries,
    url: absolute(campaignUrl(campaign.slug)),
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    status: campaign.status,
    illustrative: campaign.illustrative,
    source: campaign.source,
    ...(campaign.sourceUrl === undefined ? {} : { sourceUrl: campaign.sourceUrl }),
    ...(campaign.sourceNote === undefined ? {} : { sourceNote: campaign.sourceNote }),
    updatedAt: campaign.updatedAt,
    builtAt: options.builtAt.toISOString(),
    currency: 'IDR',
    figures: {
      target: summary.target,
      raised: summary.raised,
      donors: summary.donors,
      percent: summary.percent,
      remaining: summary.remaining,
      allocated: summary.allocated,
      disbursed: summary.disbursed,
    },
    donationsByDay: cumulativeSeries(campaign.donations),
    allocations: campaign.allocations.map(({ recipient, amount, note }) => ({ recipient, amount, ...(note === undefined ? {} : { note }) })),
    disbursements: updates.flatMap((u) =>
      u.kind === 'penyaluran' && u.recipient !== undefined && u.items !== undefined && u.amount !== undefined
        ? [{ date: u.date, title: u.title, recipient: u.recipient, items: u.items, amount: u.amount, ...(u.text === undefined ? {} : { text: u.text }) }]
        : [],
    ),
    updates: updates.flatMap((u) =>
      u.kind === 'kabar' ? [{ date: u.date, title: u.title, ...(u.text === undefined ? {} : { text: u.text }) }] : [],
    ),
    csv: { url: absolute(campaignCsvUrl(campaign.slug)), sha256: await sha256Hex(campaignCsv(campaign)) },
  };
  return campaignDataSchema.parse(data);
}
