/**
 * Which folder the site is built from. Editors' content lives in `content/`; tests and benchmarks
 * point `ASN_CONTENT_DIR` at a generated corpus so the published site never shows it.
 */
export const CONTENT_DIR = process.env['ASN_CONTENT_DIR'] || 'content';

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
