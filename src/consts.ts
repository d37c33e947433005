/** Site-wide constants: the one place to change the name, address or defaults of the site. */

export const SITE_TITLE = 'ASN Prima';
export const SITE_TAGLINE = 'Berita dan opini tentang ASN PRIMA dan tanggung jawab sosial aparatur';
export const SITE_DESCRIPTION =
  'ASN Prima memuat berita dan opini tentang ASN yang Profesional, Responsif, Inovatif, Melayani, dan Akuntabel, serta Personal Social Responsibility (PSR) aparatur sipil negara.';
/** Contact for corrections; shown on /tentang/ and in the footer. */
export const CORRECTIONS_EMAIL = 'redaksi@asnprima.id';
/** Listings show this many articles per page. */
export const PAGE_SIZE = 10;
/** The author id used for pieces the site writes itself. */
export const EDITORIAL_AUTHOR = 'redaksi';
