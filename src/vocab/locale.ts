/**
 * The language and calendar of the site, defined once: every date, number and rupiah amount is
 * formatted with these, on the server and in islands alike.
 */

/** BCP 47 tag for `Intl` formatters and `inLanguage` in structured data. */
export const SITE_LOCALE = 'id-ID';
/** The `lang` of every page and the language Pagefind stems in. */
export const SITE_LANG = 'id';
/**
 * Articles are dated in Western Indonesian Time, where the editors work, so a date never shifts by
 * a day with the build machine's time zone.
 */
export const SITE_TIME_ZONE = 'Asia/Jakarta';
/** Jakarta's offset from UTC; it keeps no daylight saving time, so one offset holds all year. */
export const SITE_UTC_OFFSET = '+07:00';
