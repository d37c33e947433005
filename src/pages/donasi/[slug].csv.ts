import type { APIContext } from 'astro';
import { campaignPaths } from '~/data/campaignPaths';
import { campaignCsv } from '~/lib/campaign/csvExport';
import type { Campaign } from '~/schemas/campaign';

/** `/donasi/<slug>.csv`: donations by day; its SHA-256 is in the campaign's JSON. */
export const getStaticPaths = campaignPaths;

export function GET({ props }: APIContext<{ campaign: Campaign }>) {
  return new Response(campaignCsv(props.campaign), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
