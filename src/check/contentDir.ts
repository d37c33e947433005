/**
 * Which folder the site is built from. Editors' content lives in `content/`; tests and benchmarks
 * point `ASN_CONTENT_DIR` at a generated corpus so the published site never shows it.
 */
export const CONTENT_DIR = process.env['ASN_CONTENT_DIR'] || 'content';

/** Which folder the site is built into; tests build the corpus elsewhere (`ASN_OUT_DIR`) so `dist/` stays the site's. */
export const OUT_DIR = process.env['ASN_OUT_DIR'] || 'dist';

/**
 * What builds keep for the next one (README, "CI caches"): Astro's content store and optimised
 * images, and the .br/.gz copies (deploy/compress.mjs, in a folder per build output).
 */
export const CACHE_DIR = process.env['ASN_CACHE_DIR'] || 'node_modules/.astro';

/** Where each kind of content lives inside the content folder. */
export const CONTENT_FOLDERS = {
  articles: 'artikel',
  authors: 'penulis',
  pages: 'halaman',
  /** Images shared by several articles; an article's own images may also sit beside it. */
  images: 'gambar',
  campaigns: 'donasi',
  assessment: 'asesmen',
} as const;
