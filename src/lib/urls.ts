/**
 * Every URL the site links to internally is built here, so routes and links cannot drift apart.
 * All paths end with a slash, matching `trailingSlash: 'always'`.
 */
import type { ArticleKind } from '../vocab/kinds.ts';
import { slugify } from '../vocab/slug.ts';
import { ROUTES } from './routes.ts';

export const kindUrl = (kind: ArticleKind) => ROUTES[kind].path;
export const articleUrl = (kind: ArticleKind, slug: string) => `${kindUrl(kind)}${slug}/`;
export const pillarUrl = (slug: string) => `${ROUTES.pillars.path}${slug}/`;
export const topicUrl = (slug: string) => `/topik/${slug}/`;
export const tagUrl = (tag: string) => `/tag/${slugify(tag)}/`;
export const authorUrl = (id: string) => `/penulis/${id}/`;
export const campaignsUrl = ROUTES.campaigns.path;
export const campaignUrl = (slug: string) => `${campaignsUrl}${slug}/`;
/** A campaign's open data and feed, and the page that documents the data's format. */
export const campaignJsonUrl = (slug: string) => `${campaignsUrl}${slug}.json`;
export const campaignCsvUrl = (slug: string) => `${campaignsUrl}${slug}.csv`;
export const campaignFeedUrl = (slug: string) => `${campaignUrl(slug)}rss.xml`;
export const campaignDataDocsUrl = `${campaignsUrl}data/`;
export const campaignDataSchemaUrl = `${campaignDataDocsUrl}skema.json`;

/** Page `n` of a listing whose first page is `base` (`/berita/` → `/berita/2/`). */
export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** Share links that are plain URLs: nothing from these services loads until the reader clicks. */
export function shareLinks(url: string, title: string): { name: string; href: string }[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(`${title} ${url}`);
  return [
    { name: 'WhatsApp', href: `https://wa.me/?text=${text}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${encodeURIComponent(title)}` },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
}
