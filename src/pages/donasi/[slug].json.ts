import type { APIContext } from 'astro';
import { campaignPaths } from '~/data/campaignPaths';
import { BUILT_AT } from '~/data/builtAt';
import { campaignData } from '~/lib/campaign/openData';
import type { Campaign } from '~/schemas/campaign';

/** `/donasi/<slug>.json`: a campaign's open data, in the shape documented at /donasi/data/. */
export const getStaticPaths = campaignPaths;

export async function GET({ props, site }: APIContext<{ campaign: Campaign }>) {
  const data = await campaignData(props.campaign, { site: site!, builtAt: BUILT_AT });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
