/**
 * A reminder to retake the assessment three months after a result, as an iCalendar (.ics) file
 * made in the browser: the reader opens it in their own calendar app, no calendar service is asked.
 *
 * The event is a whole day (a date, no time), so it lands on the same calendar day wherever the
 * phone is set; the alarm rings at 09.00 that day. The file says only that it is time to retake the
 * assessment, never the result: calendars are often synced to other people's servers.
 */
import { formatDate, isoDate } from '../../vocab/dates.ts';

export const RETAKE_MONTHS = 3;

/**
 * The calendar day `months` after `takenAt` in Asia/Jakarta, as `YYYY-MM-DD`. A day the target
 * month lacks becomes its last day (30 November + 3 months = 28 or 29 February).
 */
export function retakeDate(takenAt: Date, months: number = RETAKE_MONTHS): string {
  const [year, month, day] = isoDate(takenAt).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
export function escapeIcsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; continuation lines 74, after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (isoDay: string) => isoDay.replaceAll('-', '');
/** `20250701T020304Z`: the form DTSTAMP requires. */
const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface RetakeReminder {
  /** When the result was taken. */
  takenAt: Date;
  /** The self-assessment page, absolute; it goes in the event so one tap opens it. */
  url: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

export function retakeIcs({ takenAt, url, now }: RetakeReminder): string {
  const day = retakeDate(takenAt);
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const host = new URL(url).hostname || 'asnprima.id';
  const summary = 'Ulangi asesmen mandiri ASN PRIMA';
  const description =
    `Sudah tiga bulan sejak asesmen mandiri ASN PRIMA Anda pada ${formatDate(takenAt)}. ` +
    `Isi lagi untuk melihat perkembangan kelima pilar Anda: ${url}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ASN Prima//Asesmen Mandiri//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // One result, one reminder: downloading it again updates the event instead of adding another.
    `UID:asesmen-${takenAt.getTime()}@${host}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${compact(day)}`,
    `DTEND;VALUE=DATE:${compact(next.toISOString().slice(0, 10))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    `URL:${url}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(summary)}`,
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

export function retakeIcsFileName(takenAt: Date): string {
  return `ulangi-asesmen-prima-${retakeDate(takenAt)}.ics`;
}
