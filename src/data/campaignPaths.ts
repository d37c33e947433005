import { loadCampaigns } from '~/check/loadCampaigns';

/** `getStaticPaths` of every per-campaign route (page, JSON, CSV, feed): one route per campaign file. */
export function campaignPaths() {
  return loadCampaigns().map((campaign) => ({ params: { slug: campaign.slug }, props: { campaign } }));
}
