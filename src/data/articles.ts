/**
 * The one place pages read articles from. Drafts are visible in `npm run dev` so editors can
 * preview them, and dropped from every build.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { ArticleKind } from '~/vocab/kinds';
import { articleUrl } from '~/lib/urls';

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
}

/** The file name is the slug; the loader's id is `<kind folder>/<slug>`. */
function toArticle(entry: ArticleEntry): Article {
  const slug = entry.id.slice(entry.id.indexOf('/') + 1);
  return { entry, id: entry.id, slug, url: articleUrl(entry.data.kind, slug), data: entry.data };
}

let cache: Promise<Article[]> | undefined;

/** Every published article, newest first. */
export function getArticles(): Promise<Article[]> {
  if (!cache || import.meta.env.DEV) cache = getCollection('articles', (e) => import.meta.env.DEV || !e.data.draft).then((entries) =>
    entries.map(toArticle).sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id)),
  );
  return cache;
}

export async function getArticlesOfKind(kind: ArticleKind): Promise<Article[]> {
  return (await getArticles()).filter((a) => a.data.kind === kind);
}

export async function getAuthor(id: string): Promise<AuthorEntry> {
  const author = await getEntry('authors', id);
  // The content check refuses unknown authors before the build starts.
  if (!author) throw new Error(`Penulis "${id}" tidak ditemukan.`);
  return author;
}

export async function getAuthors(): Promise<AuthorEntry[]> {
  return getCollection('authors');
}
