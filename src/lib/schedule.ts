/**
 * Scheduled publishing. A piece whose `pubDate` is a later calendar day in Jakarta (where the
 * editors work) than the day of the build is left out of that build entirely; the daily rebuild
 * on or after that day publishes it. `npm run dev` shows it, marked "terjadwal", so editors can
 * preview it.
 */
import { isoDate } from '../vocab/dates.ts';

export type PublicationStatus = 'published' | 'scheduled' | 'draft';

/** Whether `pubDate` falls on a later Jakarta calendar day than `now`. */
export function isScheduled(pubDate: Date, now: Date): boolean {
  // `YYYY-MM-DD` strings in one time zone compare as calendar days.
  return isoDate(pubDate) > isoDate(now);
}

export function publicationStatus(piece: { draft: boolean; pubDate: Date }, now: Date): PublicationStatus {
  if (piece.draft) return 'draft';
  return isScheduled(piece.pubDate, now) ? 'scheduled' : 'published';
}
