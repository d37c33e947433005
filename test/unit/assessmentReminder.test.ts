import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, retakeDate, retakeIcs, retakeIcsFileName } from '~/lib/assessment/retakeReminder';

describe('retakeDate', () => {
  it.each([
    ['2025-07-01T03:00:00Z', '2025-10-01'],
    // 20:00 UTC on 31 March is already 1 April in Jakarta.
    ['2025-03-31T20:00:00Z', '2025-07-01'],
    ['2025-11-30T03:00:00Z', '2026-02-28'],
    ['2023-11-30T03:00:00Z', '2024-02-29'],
    ['2025-10-15T03:00:00Z', '2026-01-15'],
    ['2025-05-31T03:00:00Z', '2025-08-31'],
  ])('three months after %s is %s (Jakarta calendar)', (takenAt, expected) => {
    expect(retakeDate(new Date(takenAt))).toBe(expected);
  });
});

describe('iCalendar text', () => {
  it('escapes what RFC 5545 requires', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = 'DESCRIPTION:' + 'é'.repeat(60);
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('retakeIcs', () => {
  const takenAt = new Date('2025-07-01T03:00:00Z');
  const ics = retakeIcs({ takenAt, url: 'https://asnprima.id/asesmen-prima/', now: new Date('2025-07-01T03:04:05.678Z') });
  /** Unfolded content lines, as a calendar app reads them. */
  const lines = ics.replace(/\r\n /g, '').split('\r\n');

  it('is a CRLF calendar with one all-day event three months on', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('DTSTART;VALUE=DATE:20251001');
    expect(lines).toContain('DTEND;VALUE=DATE:20251002');
    expect(lines).toContain('DTSTAMP:20250701T030405Z');
    expect(lines).toContain('UID:asesmen-1751338800000@asnprima.id');
    expect(lines).toContain('SUMMARY:Ulangi asesmen mandiri ASN PRIMA');
    expect(lines).toContain('URL:https://asnprima.id/asesmen-prima/');
    expect(lines).toContain('TRIGGER;RELATED=START:PT9H');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('says when the last assessment was, in Indonesian, but never the result', () => {
    const description = lines.find((l) => l.startsWith('DESCRIPTION:Sudah'))!;
    expect(description).toBe(
      'DESCRIPTION:Sudah tiga bulan sejak asesmen mandiri ASN PRIMA Anda pada 1 Juli 2025. Isi lagi untuk melihat perkembangan kelima pilar Anda: https://asnprima.id/asesmen-prima/',
    );
    expect(ics).not.toMatch(/indeks|skor/i);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('is named after the reminder date', () => {
    expect(retakeIcsFileName(takenAt)).toBe('ulangi-asesmen-prima-2025-10-01.ics');
  });
});
