import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { campaignPaths } from '~/data/campaignPaths';
import { SITE_TITLE } from '~/consts';
import { campaignFeedItems, ILLUSTRATIVE_NOTICE } from '~/lib/campaign/campaignFeed';
import { campaignUrl } from '~/lib/urls';
import type { Campaign } from '~/schemas/campaign';

/** `/donasi/<slug>/rss.xml`: every news item and hand-over of one campaign, newest first. */
export const getStaticPaths = campaignPaths;

export function GET({ props, site }: APIContext<{ campaign: Campaign }>) {
  const { campaign } = props;
  return rss({
    title: `${campaign.title}: kabar dan penyaluran | ${SITE_TITLE}`,
    description: campaign.illustrative ? `${campaign.description} ${ILLUSTRATIVE_NOTICE}` : campaign.description,
    // The channel's link is the campaign page; items carry absolute links of their own.
    site: new URL(campaignUrl(campaign.slug), site).href,
    trailingSlash: true,
    customData: '<language>id</language>',
    items: campaignFeedItems(campaign, site!),
  });
}
