/**
 * The one rule for an image an editor names, in frontmatter (`hero.src`, an author's `avatar`) or
 * in MDX (`<Figure src>`): a format the build can optimise, and a file that exists and is a whole
 * image of one of those formats (./imageIntegrity.ts).
 *
 * Where it lives: `./foto.jpg` or `../foto.jpg` is relative to the file that names it. In MDX a
 * bare name such as `festival-asn-2025.png` is a file in the shared folder `content/gambar/`; the
 * build (which turns the file into an optimised image) resolves it the same way. Frontmatter is
 * read by Astro's `image()`, which only knows relative paths, so there a bare name is refused.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_FOLDERS } from './contentDir.ts';
import { imageFault } from './imageIntegrity.ts';

/** Formats Astro's image pipeline can read and turn into responsive AVIF/WebP. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif'] as const;

export function isRelativeImagePath(src: string): boolean {
  return /^\.{1,2}\//.test(src);
}

export function hasImageExtension(src: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extname(src).toLowerCase());
}

/** The absolute path `src` points to, for an entry at `entryPath` in the content folder `contentDir` (both absolute). */
export function resolveContentImage(src: string, entryPath: string, contentDir: string): string {
  return isRelativeImagePath(src) ? resolve(dirname(entryPath), src) : resolve(contentDir, CONTENT_FOLDERS.images, src);
}

/** Whether `path` lies inside `dir` (both absolute): `../../..` must not reach files outside the content. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export const outsideImageMessage = (src: string) =>
  `Gambar "${src}" berada di luar folder konten. Simpan gambarnya di samping artikel atau di content/${CONTENT_FOLDERS.images}/.`;

export interface ImageFieldOptions {
  /** Absolute path of the file that names the image. */
  entryPath: string;
  /** Absolute path of the content folder (for the shared image folder). */
  contentDir: string;
  /** The field as editors write it, for the message when it is missing: `hero.src`, `src`. */
  field: string;
  /** True in MDX, where a bare file name means the shared folder. */
  shared: boolean;
}

/** The message for an image that is not where `src` says; the build's components say the same. */
export function missingImageMessage(src: string, shared: boolean): string {
  const hint = shared
    ? `Tulis ./nama.jpg untuk gambar di samping artikel, atau nama berkas saja untuk gambar di content/${CONTENT_FOLDERS.images}/.`
    : 'Tulis alamatnya relatif terhadap berkas ini, diawali ./ atau ../.';
  return `Berkas gambar "${src}" tidak ditemukan. ${hint}`;
}

/** The message for an image file that is there but not whole (./imageIntegrity.ts); undefined when it is. */
export function brokenImageMessage(src: string, path: string): string | undefined {
  switch (imageFault(path)) {
    case 'not-an-image':
      return `Berkas "${src}" bukan gambar PNG, JPEG, WebP, atau AVIF, walaupun namanya berakhiran ${extname(path)}. Simpan ulang gambarnya dalam salah satu format itu.`;
    case 'cut-off':
      return `Berkas gambar "${src}" terpotong atau rusak: isinya tidak utuh. Simpan ulang dari aplikasi pengolah gambar, lalu ganti berkasnya.`;
    default:
      return undefined;
  }
}

const FORMAT_MESSAGE = `Format gambar harus ${IMAGE_EXTENSIONS.map((e) => e.slice(1)).join(', ')}.`;

export const missingImageFieldMessage = (field: string) => `Gambar (${field}) wajib diisi, misalnya ${field === 'src' ? 'src="./foto.jpg"' : './foto.jpg'}.`;

/** Validates an image path by the rule above. */
export function imageField({ entryPath, contentDir, field, shared }: ImageFieldOptions) {
  return z.string({ error: missingImageFieldMessage(field) }).superRefine((src, ctx) => {
    const message = imageFieldProblem(src, entryPath, contentDir, shared);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

/** What is wrong with the image a field names, by the rule above; undefined when nothing is. */
function imageFieldProblem(src: string, entryPath: string, contentDir: string, shared: boolean): string | undefined {
  if (!hasImageExtension(src)) return FORMAT_MESSAGE;
  const file = resolveContentImage(src, entryPath, contentDir);
  if (!isInside(contentDir, file)) return outsideImageMessage(src);
  if ((!shared && !isRelativeImagePath(src)) || !existsSync(file)) return missingImageMessage(src, shared);
  return brokenImageMessage(src, file);
}

/**
 * A Markdown image (`![teks](./foto.jpg)`, or `/nama.png` from public/), judged like the fields
 * above: inside the content folder (or public/), a format the build reads, and a file that exists.
 * Undefined when it is fine.
 */
export function markdownImageProblem(src: string, entryPath: string, contentDir: string, publicDir: string): string | undefined {
  let path = src;
  try {
    path = decodeURI(src.split(/[?#]/)[0] ?? '');
  } catch {
    // A malformed %-escape: judge the address as written.
  }
  const fromPublic = path.startsWith('/');
  const file = fromPublic ? resolve(publicDir, `.${path}`) : resolve(dirname(entryPath), path);
  if (!isInside(fromPublic ? publicDir : contentDir, file)) return outsideImageMessage(src);
  if (!fromPublic && !hasImageExtension(file)) return FORMAT_MESSAGE;
  if (!existsSync(file)) return `Berkas gambar "${src}" tidak ditemukan. Tulis ./nama.jpg untuk gambar di samping artikel, atau ../../${CONTENT_FOLDERS.images}/nama.jpg untuk gambar bersama.`;
  // Files in public/ are served as they are, whatever their format; only content images are optimised.
  return fromPublic ? undefined : brokenImageMessage(src, file);
}
