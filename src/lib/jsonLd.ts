/** Structured data (schema.org JSON-LD) for articles and breadcrumbs. */
import type { ArticleKind } from '../vocab/kinds.ts';
import { SITE_LOCALE } from '../vocab/locale.ts';

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

export interface ArticleLdInput {
  kind: ArticleKind;
  title: string;
  description: string;
  url: string;
  image: string;
  pubDate: Date;
  updatedDate?: Date | undefined;
  authorName: string;
  /** The editorial team is an organisation, not a person. */
  authorType: 'Person' | 'Organization';
  authorUrl: string;
  publisherName: string;
  publisherLogo: string;
  keywords: readonly string[];
  section: string;
}

/** `NewsArticle` for berita, `OpinionNewsArticle` for opini. */
export function articleLd(a: ArticleLdInput) {
  return {
    '@context': 'https://schema.org',
    '@type': a.kind === 'opini' ? 'OpinionNewsArticle' : 'NewsArticle',
    headline: a.title,
    description: a.description,
    mainEntityOfPage: a.url,
    url: a.url,
    image: [a.image],
    datePublished: a.pubDate.toISOString(),
    dateModified: (a.updatedDate ?? a.pubDate).toISOString(),
    author: [{ '@type': a.authorType, name: a.authorName, url: a.authorUrl }],
    publisher: { '@type': 'Organization', name: a.publisherName, logo: { '@type': 'ImageObject', url: a.publisherLogo } },
    inLanguage: SITE_LOCALE,
    articleSection: a.section,
    keywords: a.keywords.join(', '),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so no value, however an
 * editor wrote it, can close the script element and inject markup.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
