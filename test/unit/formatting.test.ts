import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, msToNextDay, noonInJakarta, yearOf } from '~/vocab/dates';
import { countWords, formatReadingTime, readingMinutes } from '~/lib/readingTime';

describe('formatDate', () => {
  it.each([
    ['2025-12-06T00:00:00+07:00', '6 Desember 2025'],
    ['2026-01-01T00:00:00+07:00', '1 Januari 2026'],
    ['2026-08-17T12:00:00+07:00', '17 Agustus 2026'],
    // Late evening in UTC is already the next day in Jakarta: the reader's calendar wins.
    ['2025-12-05T20:00:00Z', '6 Desember 2025'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(new Date(input))).toBe(expected);
  });
});

describe('isoDate and yearOf', () => {
  it.each([
    ['2025-12-06T00:00:00Z', '2025-12-06', 2025],
    ['2025-12-31T18:00:00Z', '2026-01-01', 2026],
  ])('%s → %s (%i)', (input, iso, year) => {
    expect(isoDate(new Date(input))).toBe(iso);
    expect(yearOf(new Date(input))).toBe(year);
  });
});

describe('formatDate and isoDate, remembered per moment', () => {
  it('answer for each moment, not for the first one asked or the Date object', () => {
    const moments = ['2025-12-05T16:59:59Z', '2025-12-05T17:00:00Z', '2025-12-05T16:59:59Z'];
    expect(moments.map((m) => formatDate(new Date(m)))).toEqual(['5 Desember 2025', '6 Desember 2025', '5 Desember 2025']);
    expect(moments.map((m) => isoDate(new Date(m)))).toEqual(['2025-12-05', '2025-12-06', '2025-12-05']);
    // A Date changed after it was formatted gets its new day.
    const date = new Date('2025-12-06T00:00:00Z');
    expect(isoDate(date)).toBe('2025-12-06');
    date.setUTCDate(20);
    expect(isoDate(date)).toBe('2025-12-20');
  });

  it('still refuse an invalid date, every time', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => formatDate(new Date('bukan tanggal'))).toThrow(RangeError);
      expect(() => isoDate(new Date(Number.NaN))).toThrow(RangeError);
    }
  });
});

describe('noonInJakarta', () => {
  it('is noon in Jakarta, so the day is the same from London to Kiritimati', () => {
    const noon = noonInJakarta('2026-03-05');
    expect(noon.toISOString()).toBe('2026-03-05T05:00:00.000Z');
    expect(isoDate(noon)).toBe('2026-03-05');
    for (const timeZone of ['Europe/London', 'Pacific/Kiritimati'])
      expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(noon)).toBe('2026-03-05');
  });
});

describe('msToNextDay', () => {
  it.each([
    ['2026-03-05T23:59:30+07:00', 30_000],
    ['2026-03-05T00:00:00+07:00', 86_400_000],
    // 23:30 in Los Angeles is already 14:30 the next day in Jakarta.
    ['2026-03-04T23:30:00-08:00', 9.5 * 3_600_000],
  ])('from %s is %i ms', (at, ms) => {
    expect(msToNextDay(new Date(at))).toBe(ms);
  });
});

describe('reading time', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
  it.each([
    [0, 1],
    [50, 1],
    [200, 1],
    [500, 3],
    [1000, 5],
  ])('%i words → %i minutes', (n, minutes) => {
    expect(readingMinutes(words(n))).toBe(minutes);
  });

  it('ignores frontmatter, imports, tags and link targets', () => {
    const mdx = [
      '---',
      'title: "Satu dua tiga empat"',
      '---',
      "import X from './x';",
      'Halo [dunia](https://contoh.id/sangat/panjang/sekali) <Callout jenis="catatan">isi</Callout>',
      '## Judul',
    ].join('\n');
    expect(countWords(mdx)).toBe(4);
  });

  it('speaks Indonesian', () => {
    expect(formatReadingTime(4)).toBe('4 menit baca');
  });
});
