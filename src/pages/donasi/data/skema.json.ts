import type { APIContext } from 'astro';
import { campaignDataJsonSchema } from '~/lib/campaign/dataFields';
import { campaignDataSchemaUrl } from '~/lib/urls';

/** The JSON Schema (2020-12) of every `/donasi/<slug>.json`, generated from the one definition. */
export function GET({ site }: APIContext) {
  const schema = campaignDataJsonSchema(new URL(campaignDataSchemaUrl, site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
}
