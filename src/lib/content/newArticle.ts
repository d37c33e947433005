/**
 * Creates a new article file for `npm run baru`: a dated slug from the title, complete frontmatter
 * and a short body template, as a draft. Pure of any prompting, so scripts and tests call it directly.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import * as yaml from 'js-yaml';
import { ARTICLE_KINDS, type ArticleKind } from '../../schemas/article';
import { CONTENT_FOLDERS } from './contentDir';
import { PILLAR_SLUGS, TOPIC_SLUGS, isPillarSlug, isTopicSlug, type PillarSlug, type TopicSlug } from '../taxonomy';

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

export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_TITLE_LENGTH && slug) break;
    slug = next.slice(0, SLUG_TITLE_LENGTH);
  }
  return slug;
}

/** `2026-05-01` in the site's time zone (Indonesia, UTC+7), the date editors see. */
export function isoDay(date: Date): string {
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function datedSlug(title: string, date: Date): string {
  const slug = slugify(title);
  if (!/[a-z]/.test(slug)) {
    throw new NewArticleError(`Judul "${title}" tidak menghasilkan alamat yang layak: pakai setidaknya satu kata dengan huruf latin.`);
  }
  return `${isoDay(date)}-${slug}`;
}

/** Authors editors can choose from: every YAML file in content/penulis/. */
export function listAuthors(contentDir: string): AuthorChoice[] {
  const dir = join(contentDir, CONTENT_FOLDERS.authors);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const id = f.slice(0, -extname(f).length);
      const data = yaml.load(readFileSync(join(dir, f), 'utf8'));
      const name = data && typeof data === 'object' && 'name' in data ? String(data.name) : id;
      return { id, name };
    });
}

const quote = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map((v) => (/^[\p{L}\p{N} ]+$/u.test(v) ? v : quote(v))).join(', ')}]`;

export function articleSource(article: NewArticle, date: Date): string {
  const description = article.description?.trim() || 'Tulis di sini satu atau dua kalimat ringkasan tulisan ini.';
  return [
    '---',
    `title: ${quote(article.title.trim())}`,
    `description: ${quote(description)}`,
    `pubDate: ${isoDay(date)}`,
    `kind: ${article.kind}`,
    `author: ${article.author}`,
    ...(article.kind === 'berita' ? ['# location: Semarang'] : []),
    `pillars: ${list(article.pillars)}`,
    `topics: ${list(article.topics)}`,
    `tags: ${list(article.tags)}`,
    '# Gambar utama (disarankan): letakkan berkas di samping artikel ini atau di content/gambar/.',
    '# hero:',
    '#   src: ../../gambar/nama-gambar.jpg',
    '#   alt: "Apa yang tampak di gambar"',
    '#   credit: "Foto: nama fotografer atau sumber"',
    '# Draf tampil di `npm run dev` tetapi tidak diterbitkan. Hapus baris ini bila tulisan sudah siap terbit.',
    'draft: true',
    '---',
    '',
    'Paragraf pembuka: apa yang terjadi atau apa gagasannya, siapa yang terlibat, dan mengapa penting bagi pembaca.',
    '',
    '## Subjudul pertama',
    '',
    'Isi tulisan. Sebutkan sumber setiap fakta dan kutipan.',
    '',
    '<Callout type="catatan">',
    '  Contoh komponen: hapus bila tidak perlu. Daftar komponen ada di PANDUAN-PENULIS.md.',
    '</Callout>',
    '',
  ].join('\n');
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
  const root = resolve(options.root ?? process.cwd());
  const contentDir = resolve(root, options.contentDir);
  const now = options.now ?? new Date();
  if (!(ARTICLE_KINDS as readonly string[]).includes(article.kind))
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
  const file = relative(root, path).split(sep).join('/');
  const clash = ARTICLE_KINDS.flatMap((kind) => ['.md', '.mdx'].map((ext) => join(contentDir, CONTENT_FOLDERS.articles, kind, `${slug}${ext}`))).find(existsSync);
  if (clash) {
    throw new NewArticleError(
      `Berkas ${relative(root, clash).split(sep).join('/')} sudah ada dan tidak akan ditimpa. Pakai judul lain, atau sunting berkas itu.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  // `wx` refuses to write if the file appeared in the meantime.
  writeFileSync(path, articleSource(article, now), { flag: 'wx' });
  return { file, slug, url: `/${article.kind}/${slug}/` };
}
