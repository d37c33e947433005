import { SITE_LOCALE } from '../consts';

/**
 * Dates in Indonesian for readers ("6 Desember 2025"). Articles are dated in Western Indonesian Time,
 * where the editors work, so a date never shifts by a day with the build machine's time zone.
 */
export const SITE_TIME_ZONE = 'Asia/Jakarta';

const longDate = new Intl.DateTimeFormat(SITE_LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: SITE_TIME_ZONE,
});

export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** `YYYY-MM-DD` in the site's time zone, for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: SITE_TIME_ZONE,
  }).format(date);
  return parts;
}

/** Calendar year in the site's time zone (for the search's year filter and archives). */
export function yearOf(date: Date): number {
  return Number(isoDate(date).slice(0, 4));
}
