/** The two kinds of article: each has its folder in `content/artikel/`, its URL and its listing. */
export const ARTICLE_KINDS = ['berita', 'opini'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** What readers see: section names, kickers, breadcrumbs, RSS categories and the search filter. */
export const KIND_LABELS: Readonly<Record<ArticleKind, string>> = { berita: 'Berita', opini: 'Opini' };

/** The one-line introduction of each kind's listing page. */
export const KIND_DESCRIPTIONS: Readonly<Record<ArticleKind, string>> = {
  berita: 'Laporan dan kabar terbaru tentang ASN PRIMA dan PSR.',
  opini: 'Pendapat, tanggapan, dan ulasan tentang birokrasi yang melayani.',
};

export function isArticleKind(value: unknown): value is ArticleKind {
  return typeof value === 'string' && (ARTICLE_KINDS as readonly string[]).includes(value);
}
