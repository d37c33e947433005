/**
 * Checks everything editors write in the content folder, all at once, before Astro builds
 * anything: one `Problem` per mistake, in Indonesian, naming file, line and field.
 * The build stops on any error, so a bad article can never be silently skipped (half-published);
 * `npm run cek` prints the same list without building.
 */
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { authorSchema } from '../schemas/author.ts';
import { CONTENT_LIMITS } from '../schemas/limits.ts';
import { pageSchema } from '../schemas/page.ts';
import { isScheduled } from '../lib/schedule.ts';
import { formatDate } from '../vocab/dates.ts';
import { ARTICLE_KINDS } from '../vocab/kinds.ts';
import { campaignSlugs, checkCampaignReference } from './campaignExists.ts';
import { CONTENT_FOLDERS } from './contentDir.ts';
import { isProblem, listFiles, locate, readParsed, type CheckOptions } from './files.ts';
import { unknownKeyProblems } from './frontmatterRules.ts';
import { imageField } from './imageFile.ts';
import { findFieldLine, type Problem } from './problems.ts';
import { validate } from './validate.ts';

/** File names become URLs, so they are held to URL rules instead of being silently rewritten. */
const SLUG_RE = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Thresholds for warnings: allowed, but unwise. */
export const LIMITS = { descriptionLength: CONTENT_LIMITS.descriptionWarn, titleLength: CONTENT_LIMITS.titleWarn } as const;

export interface CheckResult {
  problems: Problem[];
  authors: string[];
  /** `<kind>/<slug>` of every valid, published-or-draft article. */
  articles: string[];
}

/**
 * Checks the content folder `contentDir` (absolute, or relative to `root`).
 * `now` decides which publication dates count as "in the future" (a warning).
 */
export function checkContent(contentDir: string, options: CheckOptions = {}): CheckResult {
  const { root, base } = locate(contentDir, options);
  const now = options.now ?? new Date();
  const problems: Problem[] = [];

  // Authors first: articles refer to them.
  const authors: string[] = [];
  for (const path of listFiles(join(base, CONTENT_FOLDERS.authors), ['.yaml', '.yml'])) {
    const parsed = readParsed(root, path);
    if (isProblem(parsed)) {
      problems.push(parsed);
      continue;
    }
    const id = basename(path, extname(path));
    if (!SLUG_RE.test(id)) {
      problems.push(slugProblem(parsed.file));
      continue;
    }
    const schema = authorSchema(imageField({ entryPath: path, contentDir: base, field: 'avatar', shared: false }));
    problems.push(...unknownKeyProblems(parsed.file, parsed.source, parsed.data, schema, 'berkas penulis'));
    const result = validate(parsed, schema);
    if (result.ok) authors.push(id);
    else problems.push(...result.problems);
  }

  const campaigns = campaignSlugs(base).map((slug) => ({ slug }));
  const authorField = z.string({ error: 'Penulis (author) wajib diisi dengan nama berkas penulis, misalnya "redaksi".' }).refine(
    (id) => authors.includes(id),
    {
      error: (issue) =>
        `Penulis "${String(issue.input)}" tidak dikenal. Penulis yang ada: ${authors.join(', ') || '(belum ada)'}. Tambahkan berkas di ${CONTENT_FOLDERS.authors}/ bila perlu.`,
    },
  );

  // One schema per folder (an image path depends only on the folder of the file naming it):
  // building it, and zod compiling its checker, per file cost more than the checking itself.
  const articleSchemas = new Map<string, ReturnType<typeof articleSchema>>();
  const articleSchemaFor = (path: string) => {
    const dir = dirname(path);
    let schema = articleSchemas.get(dir);
    if (!schema) {
      schema = articleSchema(imageField({ entryPath: path, contentDir: base, field: 'hero.src', shared: false }), authorField);
      articleSchemas.set(dir, schema);
    }
    return schema;
  };

  const seen = new Map<string, string>();
  const articles: string[] = [];
  for (const path of listFiles(join(base, CONTENT_FOLDERS.articles), ['.md', '.mdx'])) {
    const parsed = readParsed(root, path, { frontmatter: true, read: options.read });
    if (isProblem(parsed)) {
      problems.push(parsed);
      continue;
    }
    const file = parsed.file;
    const folder = basename(dirname(path));
    const slug = basename(path, extname(path));
    if (!(ARTICLE_KINDS as readonly string[]).includes(folder)) {
      problems.push({
        file,
        line: 1,
        field: '-',
        message: `Artikel harus berada di folder ${ARTICLE_KINDS.map((k) => `${CONTENT_FOLDERS.articles}/${k}/`).join(' atau ')}.`,
        severity: 'error',
      });
      continue;
    }
    if (!SLUG_RE.test(slug)) {
      problems.push(slugProblem(file));
      continue;
    }
    const url = `/${folder}/${slug}/`;
    const clash = seen.get(url);
    if (clash) {
      problems.push({
        file,
        line: 1,
        field: '-',
        message: `Alamat ${url} sudah dipakai oleh ${clash}. Ganti nama salah satu berkas.`,
        severity: 'error',
      });
      continue;
    }
    seen.set(url, file);

    const schema = articleSchemaFor(path);
    const unknownKeys = unknownKeyProblems(file, parsed.source, parsed.data, schema, 'frontmatter artikel');
    problems.push(...unknownKeys);
    const result = validate(parsed, schema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const data = result.data;
    const lineOf = (field: string) => findFieldLine(parsed.source, [field]) ?? 1;
    if (data.kind !== folder) {
      problems.push({
        file,
        line: lineOf('kind'),
        field: 'kind',
        message: `Jenis "${data.kind}" tidak cocok dengan folder ${CONTENT_FOLDERS.articles}/${folder}/. Samakan keduanya.`,
        severity: 'error',
      });
      continue;
    }
    const unknownCampaign =
      data.campaign === undefined ? undefined : checkCampaignReference(data.campaign, campaigns, { file, line: lineOf('campaign') });
    if (unknownCampaign) {
      problems.push(unknownCampaign);
      continue;
    }
    if (unknownKeys.length > 0) continue;
    articles.push(`${folder}/${slug}`);
    problems.push(...articleWarnings(file, data, lineOf, now));
    // Left out, draft means published (false) to the site, but the browser editor fills in its
    // default for new pieces (true) and would unpublish the piece on its next save.
    if (typeof parsed.data === 'object' && parsed.data !== null && !Object.hasOwn(parsed.data, 'draft'))
      problems.push({
        file,
        line: 1,
        field: 'draft',
        message: 'Baris draft tidak ada. Tulis "draft: false" bila tulisan ini sudah terbit (tanpa baris itu, ruang redaksi menyimpannya sebagai draf), atau "draft: true" bila belum.',
        severity: 'warning',
      });
  }

  for (const path of listFiles(join(base, CONTENT_FOLDERS.pages), ['.md', '.mdx'])) {
    const parsed = readParsed(root, path, { frontmatter: true, read: options.read });
    if (isProblem(parsed)) problems.push(parsed);
    else if (!SLUG_RE.test(basename(path, extname(path)))) problems.push(slugProblem(parsed.file));
    else {
      problems.push(...unknownKeyProblems(parsed.file, parsed.source, parsed.data, pageSchema, 'frontmatter halaman'));
      const result = validate(parsed, pageSchema);
      if (!result.ok) problems.push(...result.problems);
    }
  }

  return { problems, authors, articles };
}

function slugProblem(file: string): Problem {
  return {
    file,
    line: 1,
    field: '-',
    message:
      'Nama berkas menjadi alamat halaman: pakai huruf kecil, angka, dan tanda hubung saja, dengan setidaknya satu huruf (misalnya "festival-asn-2025.mdx").',
    severity: 'error',
  };
}

interface WarnableArticle {
  title: string;
  description: string;
  pubDate: Date;
  hero?: unknown;
}

function articleWarnings(file: string, data: WarnableArticle, lineOf: (f: string) => number, now: Date): Problem[] {
  const warn = (field: string, message: string): Problem => ({ file, line: lineOf(field), field, message, severity: 'warning' });
  const out: Problem[] = [];
  if (data.title.length > LIMITS.titleLength)
    out.push(warn('title', `Judul ${data.title.length} karakter; lebih dari ${LIMITS.titleLength} karakter sulit dibaca di hasil pencarian.`));
  if (data.description.length > LIMITS.descriptionLength)
    out.push(
      warn('description', `Ringkasan ${data.description.length} karakter; mesin pencari memotongnya setelah sekitar ${LIMITS.descriptionLength} karakter.`),
    );
  if (!data.hero) out.push(warn('hero', 'Artikel tanpa gambar utama memakai gambar bawaan situs saat dibagikan.'));
  if (isScheduled(data.pubDate, now))
    out.push(
      warn(
        'pubDate',
        `Terjadwal: belum terbit; masuk situs pada build tanggal ${formatDate(data.pubDate)} (WIB) atau sesudahnya. Sampai saat itu hanya tampil di npm run dev, bertanda "terjadwal".`,
      ),
    );
  return out;
}
