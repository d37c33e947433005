import { describe, expect, it } from 'vitest';
import { isScheduled, publicationStatus } from '~/lib/schedule';

/** `pubDate: 2026-01-02` as Astro reads it: UTC midnight, 07:00 in Jakarta. */
const PUB = new Date('2026-01-02');

describe('isScheduled: by the calendar day in Jakarta (UTC+7)', () => {
  it.each([
    ['23:59:59 WIB the day before', '2026-01-01T16:59:59Z', true],
    ['00:00 WIB on the day', '2026-01-01T17:00:00Z', false],
    ['later on the day', '2026-01-02T10:00:00Z', false],
    ['a year before', '2025-01-02T00:00:00Z', true],
  ])('at %s', (_name, now, expected) => {
    expect(isScheduled(PUB, new Date(now))).toBe(expected);
  });

  it('reads a pubDate with a time in Jakarta too', () => {
    // 2026-01-02 06:00 WIB is still 1 January in UTC.
    expect(isScheduled(new Date('2026-01-02T06:00:00+07:00'), new Date('2026-01-01T18:00:00Z'))).toBe(false);
  });
});

describe('publicationStatus', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  it.each([
    [{ draft: false, pubDate: new Date('2025-12-31') }, 'published'],
    [{ draft: false, pubDate: PUB }, 'scheduled'],
    [{ draft: true, pubDate: PUB }, 'draft'],
    [{ draft: true, pubDate: new Date('2025-12-31') }, 'draft'],
  ])('%o is %s', (piece, status) => {
    expect(publicationStatus(piece, now)).toBe(status);
  });
});
