/**
 * Creates a new article file for `npm run baru`: a dated slug from the title, complete frontmatter
 * and a short body template, as a draft. Pure of any prompting, so scripts and tests call it directly.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isoDate } from '../vocab/dates.ts';
import { ARTICLE_KINDS, isArticleKind, type ArticleKind } from '../vocab/kinds.ts';
import { slugify } from '../vocab/slug.ts';
import { PILLAR_SLUGS, TOPIC_SLUGS, isPillarSlug, isTopicSlug, type PillarSlug, type TopicSlug } from '../vocab/taxonomy.ts';
import { CONTENT_FOLDERS } from './contentDir.ts';
import { displayPath, isProblem, listFiles, locate, readParsed } from './files.ts';
import { editorMdxFile } from '../lib/editor/frontmatter.ts';

export interface NewArticle {
  kind: ArticleKind;
  title: string;
  author: string;
  pillars: readonly PillarSlug[];
  topics: readonly TopicSlug[];
  tags: readonly string[];
  /** One or two sentences; a placeholder is written when empty. */
  description?: string;
}

export interface AuthorChoice {
  id: string;
  name: string;
}

/** An input the command refuses, with a sentence saying why, in Indonesian. */
export class NewArticleError extends Error {
  override name = 'NewArticleError';
}

/** Longest slug made from a title, not counting the date; longer titles are cut at a word. */
export const SLUG_TITLE_LENGTH = 60;

/** The part of the file name made from the title: Latin letters and digits only, as file names must be. */
export function titleSlug(title: string): string {
  return slugify(title, { maxLength: SLUG_TITLE_LENGTH, latinOnly: true });
}

export function datedSlug(title: string, date: Date): string {
  const slug = titleSlug(title);
  if (!/[a-z]/.test(slug)) {
    throw new NewArticleError(`Judul "${title}" tidak menghasilkan alamat yang layak: pakai setidaknya satu kata dengan huruf latin.`);
  }
  return `${isoDate(date)}-${slug}`;
}

/** Authors editors can choose from: every YAML file in content/penulis/. */
export function listAuthors(contentDir: string): AuthorChoice[] {
  return listFiles(join(contentDir, CONTENT_FOLDERS.authors), ['.yaml', '.yml'], { recursive: false }).map((path) => {
    const id = basename(path, extname(path));
    const parsed = readParsed(contentDir, path);
    const data = isProblem(parsed) ? undefined : (parsed.data as { name?: unknown });
    return { id, name: data?.name === undefined ? id : String(data.name) };
  });
}

/**
 * The new file, written exactly as the browser editor writes it (src/lib/editor/frontmatter.ts):
 * an editor save of an untouched new article changes nothing, and hand edits stay small diffs.
 */
export function articleSource(article: NewArticle, date: Date): string {
  const description = article.description?.trim() || 'Tulis di sini satu atau dua kalimat ringkasan tulisan ini.';
  const frontmatter = {
    title: article.title.trim(),
    description,
    pubDate: isoDate(date),
    kind: article.kind,
    author: article.author,
    ...(article.pillars.length > 0 ? { pillars: [...article.pillars] } : {}),
    topics: [...article.topics],
    ...(article.tags.length > 0 ? { tags: [...article.tags] } : {}),
    // Drafts show in `npm run dev` but are never published; the writer turns this off when ready.
    draft: true,
  };
  const body = [
    'Paragraf pembuka: apa yang terjadi atau apa gagasannya, siapa yang terlibat, dan mengapa penting bagi pembaca.',
    '',
    '## Subjudul pertama',
    '',
    'Isi tulisan. Sebutkan sumber setiap fakta dan kutipan.',
    '',
    '<Callout type="catatan">',
    '  Contoh komponen: hapus bila tidak perlu. Daftar komponen ada di PANDUAN-PENULIS.md.',
    '</Callout>',
  ].join('\n');
  return editorMdxFile(frontmatter, body);
}

export interface CreatedArticle {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  slug: string;
  url: string;
}

/** Validates the choices and writes the file; never overwrites an existing one. */
export function createArticle(
  article: NewArticle,
  options: { contentDir: string; root?: string; now?: Date },
): CreatedArticle {
  const { root, base: contentDir } = locate(options.contentDir, options);
  const now = options.now ?? new Date();
  if (!isArticleKind(article.kind))
    throw new NewArticleError(`Jenis "${article.kind}" tidak dikenal. Pilihan: ${ARTICLE_KINDS.join(', ')}.`);
  if (!article.title.trim()) throw new NewArticleError('Judul wajib diisi.');
  const authors = listAuthors(contentDir).map((a) => a.id);
  if (!authors.includes(article.author))
    throw new NewArticleError(`Penulis "${article.author}" tidak dikenal. Pilihan: ${authors.join(', ') || '(belum ada)'}.`);
  const badPillar = article.pillars.find((p) => !isPillarSlug(p));
  if (badPillar !== undefined) throw new NewArticleError(`Pilar "${badPillar}" tidak dikenal. Pilihan: ${PILLAR_SLUGS.join(', ')}.`);
  if (article.topics.length === 0) throw new NewArticleError(`Pilih setidaknya satu topik: ${TOPIC_SLUGS.join(', ')}.`);
  const badTopic = article.topics.find((t) => !isTopicSlug(t));
  if (badTopic !== undefined) throw new NewArticleError(`Topik "${badTopic}" tidak dikenal. Pilihan: ${TOPIC_SLUGS.join(', ')}.`);

  const slug = datedSlug(article.title, now);
  const dir = join(contentDir, CONTENT_FOLDERS.articles, article.kind);
  const path = join(dir, `${slug}.mdx`);
  const file = displayPath(root, path);
  const clash = ARTICLE_KINDS.flatMap((kind) => ['.md', '.mdx'].map((ext) => join(contentDir, CONTENT_FOLDERS.articles, kind, `${slug}${ext}`))).find(existsSync);
  if (clash) {
    throw new NewArticleError(
      `Berkas ${displayPath(root, clash)} sudah ada dan tidak akan ditimpa. Pakai judul lain, atau sunting berkas itu.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  // `wx` refuses to write if the file appeared in the meantime.
  writeFileSync(path, articleSource(article, now), { flag: 'wx' });
  return { file, slug, url: `/${article.kind}/${slug}/` };
}
