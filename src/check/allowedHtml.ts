/**
 * The HTML an article or page may contain besides Markdown and the editors' components: a few
 * inline elements that only mark up text, with attributes that cannot run code, load anything or
 * change the page around them. Everything else is refused by the content check (src/check/mdxBody.ts).
 * PANDUAN-PENULIS.md lists the same elements; a unit test keeps the two in step.
 */

/** Attributes any allowed element may carry. */
export const GLOBAL_ATTRIBUTES = ['title', 'lang'] as const;

/** Allowed elements, each with the attributes it may carry besides the global ones. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  br: [],
  cite: [],
  del: ['datetime'],
  details: ['open'],
  dfn: [],
  em: [],
  i: [],
  ins: ['datetime'],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  time: ['datetime'],
  u: [],
};

/** Attributes whose value is an address, checked with the link rule (src/lib/safeUrl.ts). */
export const URL_ATTRIBUTES = new Set(['href']);

export function isAllowedAttribute(element: string, attribute: string): boolean {
  return (GLOBAL_ATTRIBUTES as readonly string[]).includes(attribute) || (ALLOWED_ELEMENTS[element]?.includes(attribute) ?? false);
}

/** For messages: what to use instead of an element editors reach for. */
export const ELEMENT_HINTS: Readonly<Record<string, string>> = {
  img: 'Untuk gambar, tulis ![teks alternatif](./foto.jpg) atau pakai <Figure>.',
  picture: 'Untuk gambar, tulis ![teks alternatif](./foto.jpg) atau pakai <Figure>.',
  figure: 'Untuk gambar dengan keterangan, pakai komponen <Figure>.',
  iframe: 'Untuk video YouTube, pakai komponen <YouTube>; isi dari situs lain tidak dapat disematkan.',
  video: 'Untuk video YouTube, pakai komponen <YouTube>.',
  blockquote: 'Untuk kutipan, awali baris dengan > (Markdown) atau pakai <PullQuote>.',
  h1: 'Untuk subjudul, tulis ## Subjudul (Markdown).',
  h2: 'Untuk subjudul, tulis ## Subjudul (Markdown).',
  h3: 'Untuk subjudul, tulis ### Subjudul (Markdown).',
  p: 'Paragraf cukup dipisahkan dengan satu baris kosong.',
  div: 'Untuk kotak catatan, pakai <Callout>.',
  span: 'Tulis teksnya saja; penekanan dengan *miring* atau **tebal**.',
  table: 'Untuk tabel, pakai tabel Markdown (| kolom | kolom |).',
  ul: 'Untuk daftar, awali baris dengan - (Markdown).',
  ol: 'Untuk daftar bernomor, awali baris dengan 1. (Markdown).',
};
