/**
 * The one place pages read articles from. Drafts and scheduled pieces (a `pubDate` after today in
 * Jakarta) are visible in `npm run dev` so editors can preview them, and dropped from every build:
 * every listing, feed, tag and author page, search and related reading comes from here, and the
 * sitemap and search index only hold pages that were built.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleKind } from '~/vocab/kinds';
import { publicationStatus, type PublicationStatus } from '~/lib/schedule';
import { articleUrl } from '~/lib/urls';
import { BUILT_AT } from './builtAt.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ArticleData = ArticleEntry['data'];
export type AuthorEntry = CollectionEntry<'authors'>;

export interface Article {
  entry: ArticleEntry;
  /** `berita/slug`, unique across the site. */
  id: string;
  slug: string;
  url: string;
  data: ArticleData;
  /** Always `published` in a build; in dev, drafts and scheduled pieces carry a badge. */
  status: PublicationStatus;
}

/** The file name is the slug; the loader's id is `<kind folder>/<slug>`. */
function toArticle(entry: ArticleEntry, now: Date): Article {
  const slug = entry.id.slice(entry.id.indexOf('/') + 1);
  return { entry, id: entry.id, slug, url: articleUrl(entry.data.kind, slug), data: entry.data, status: publicationStatus(entry.data, now) };
}

let cache: Promise<Article[]> | undefined;

/** Every published article, newest first. */
export function getArticles(): Promise<Article[]> {
  if (!cache || import.meta.env.DEV) {
    // A build has one "today" for every page, even across midnight; the dev server runs for days, so its today moves on.
    const now = import.meta.env.DEV ? new Date() : BUILT_AT;
    cache = getCollection('articles').then((entries) =>
      entries
        .map((entry) => toArticle(entry, now))
        .filter((a) => import.meta.env.DEV || a.status === 'published')
        .sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id)),
    );
  }
  return cache;
}

export async function getArticlesOfKind(kind: ArticleKind): Promise<Article[]> {
  return (await getArticles()).filter((a) => a.data.kind === kind);
}

let authorsById: Promise<Map<string, AuthorEntry>> | undefined;

/** Every article page needs its author: they are read once per build (afresh in dev, like articles). */
export async function getAuthor(id: string): Promise<AuthorEntry> {
  if (!authorsById || import.meta.env.DEV) authorsById = getAuthors().then((all) => new Map(all.map((a) => [a.id, a])));
  const author = (await authorsById).get(id);
  // The content check refuses unknown authors before the build starts.
  if (!author) throw new Error(`Penulis "${id}" tidak ditemukan.`);
  return author;
}

export async function getAuthors(): Promise<AuthorEntry[]> {
  return getCollection('authors');
}
