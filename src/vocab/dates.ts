/**
 * Dates in Indonesian for readers, in the site's time zone (see locale.ts). Two kinds of date:
 * - an article's moment (`Date`), shown as the day it was in Jakarta: "6 Desember 2025";
 * - a calendar day (`CalendarDay`, `YYYY-MM-DD`), as campaigns write them: plain JSON for islands,
 *   sortable as text, and free of the drift a `Date` at UTC midnight brings (in Jakarta it is
 *   already 07:00, elsewhere it can be the day before).
 */
import { SITE_LOCALE, SITE_TIME_ZONE, SITE_UTC_OFFSET } from './locale.ts';

export type CalendarDay = string;

const longDate = new Intl.DateTimeFormat(SITE_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: SITE_TIME_ZONE });
const isoParts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: SITE_TIME_ZONE });

/**
 * `format` remembered per moment. A build formats each article's date on every listing that shows
 * its card (ten or more pages), and Intl's formatting is the costly part of a date on a page.
 * Dates that are not valid go straight to `format`, which throws for them as before.
 */
function byMoment(format: (date: Date) => string): (date: Date) => string {
  const known = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let text = known.get(time);
    if (text === undefined) {
      text = format(date);
      // A bound for long-lived pages; a build holds one entry per article.
      if (known.size >= 50_000) known.clear();
      known.set(time, text);
    }
    return text;
  };
}

/** "6 Desember 2025": the day it was in Jakarta at that moment. */
export const formatDate: (date: Date) => string = byMoment((date) => longDate.format(date));

/** `YYYY-MM-DD` in the site's time zone, for `<time datetime>`, structured data and new file names. */
// en-CA writes dates year-month-day with hyphens, which is ISO 8601.
export const isoDate: (date: Date) => CalendarDay = byMoment((date) => isoParts.format(date));

/** Calendar year in the site's time zone (for the search's year filter and archives). */
export function yearOf(date: Date): number {
  return Number(isoDate(date).slice(0, 4));
}

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Spreadsheets set to Indonesian export dates this way, so the CSV accepts it too. */
const LOCAL_DAY_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function build(year: number, month: number, day: number): CalendarDay | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over into March; a real day survives the round trip unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads `2025-12-06`, `6/12/2025` (day first) or a `Date`; undefined when it is not a real day.
 * A `Date` is read in the site's time zone, the editors' calendar.
 */
export function parseCalendarDay(input: unknown): CalendarDay | undefined {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? undefined : isoDate(input);
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const iso = ISO_DAY_RE.exec(text);
  if (iso) return build(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = LOCAL_DAY_RE.exec(text);
  if (local) return build(Number(local[3]), Number(local[2]), Number(local[1]));
  return undefined;
}

/**
 * A calendar day as an instant: noon in Jakarta, so the day reads the same from Europe to the
 * Pacific (midnight would show the day before anywhere west of Jakarta).
 */
export function noonInJakarta(day: CalendarDay): Date {
  return new Date(`${day}T12:00:00${SITE_UTC_OFFSET}`);
}

const MS_PER_DAY = 86_400_000;

/** Milliseconds from `now` to the next midnight in Jakarta, when the site's "today" changes. */
export function msToNextDay(now: Date): number {
  const startOfToday = new Date(`${isoDate(now)}T00:00:00${SITE_UTC_OFFSET}`).getTime();
  return startOfToday + MS_PER_DAY - now.getTime();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** The caller's "today" as a calendar day; a `Date` is read in the site's time zone. */
export function toCalendarDay(today: Date | CalendarDay): CalendarDay {
  const day = parseCalendarDay(today);
  if (day === undefined) throw new RangeError(`Tanggal hari ini tidak valid: ${String(today)}`);
  return day;
}

// A calendar day is read at UTC midnight in UTC, so the day written is the day shown, wherever it is built.
const longDay = new Intl.DateTimeFormat(SITE_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat(SITE_LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "23 November 2026". */
export function formatCalendarDay(day: CalendarDay): string {
  return longDay.format(new Date(`${day}T00:00:00Z`));
}

/** "6 Des", for chart axes. */
export function formatShortDay(day: CalendarDay): string {
  return shortDay.format(new Date(`${day}T00:00:00Z`));
}
