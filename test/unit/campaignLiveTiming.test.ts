import { afterEach, describe, expect, it } from 'vitest';
import { compareCampaigns, orderCampaigns } from '~/lib/campaign/campaignOrder';
import { readerDay, timingView, TIMING_FIELDS } from '~/lib/campaign/liveTiming';

const dates = { startDate: '2025-12-06', endDate: '2025-12-31' };
const BUILT_ON = '2025-12-20';

/** The view the page script would show for a reader whose clock reads `instant`. */
const viewAt = (instant: string) => {
  const day = readerDay(new Date(instant), BUILT_ON);
  return day === undefined ? undefined : timingView(dates, day);
};

describe('days left and status from the reader\'s clock, in Asia/Jakarta', () => {
  it.each([
    // The last day runs until midnight in Jakarta (17:00 UTC).
    ['2025-12-30T23:00:00+07:00', 'berjalan', 'Berjalan', '1 hari lagi'],
    ['2025-12-31T00:00:00+07:00', 'berjalan', 'Berjalan', 'Hari terakhir'],
    ['2025-12-31T23:59:59+07:00', 'berjalan', 'Berjalan', 'Hari terakhir'],
    ['2025-12-31T16:59:59Z', 'berjalan', 'Berjalan', 'Hari terakhir'],
    ['2025-12-31T17:00:00Z', 'berakhir', 'Berakhir', 'Sudah berakhir'],
    ['2026-01-01T00:00:00+07:00', 'berakhir', 'Berakhir', 'Sudah berakhir'],
    // A reader in New York on the afternoon of 31 December: it is already 1 January in Jakarta.
    ['2025-12-31T14:00:00-05:00', 'berakhir', 'Berakhir', 'Sudah berakhir'],
    // A reader in Kiritimati (UTC+14) on the morning of 1 January: still 31 December in Jakarta.
    ['2026-01-01T05:00:00+14:00', 'berjalan', 'Berjalan', 'Hari terakhir'],
    // A reader in Jayapura (WIT, UTC+9) just after midnight on 1 January: 22:00 in Jakarta.
    ['2026-01-01T00:30:00+09:00', 'berjalan', 'Berjalan', 'Hari terakhir'],
  ])('at %s it is %s: %s, "%s"', (instant, state, status, value) => {
    expect(viewAt(instant)).toMatchObject({ state, status, value });
  });

  it('names the dates that matter and the day it was computed for', () => {
    expect(timingView(dates, '2025-12-20')).toEqual({
      state: 'berjalan',
      status: 'Berjalan',
      term: 'Waktu tersisa',
      value: '11 hari lagi',
      dates: 'hingga 31 Desember 2025',
      asOf: 'per 20 Desember 2025',
    });
    expect(timingView(dates, '2026-11-23')).toMatchObject({ term: 'Berakhir', dates: 'pada 31 Desember 2025', asOf: 'per 23 November 2026' });
    expect(timingView(dates, '2025-12-01')).toMatchObject({
      state: 'belum-mulai',
      status: 'Belum dimulai',
      value: 'Dimulai 5 hari lagi',
      dates: 'mulai 6 Desember 2025',
    });
    // Every field the page marks with data-timing exists in the view.
    for (const field of TIMING_FIELDS) expect(timingView(dates, BUILT_ON)[field]).toBeTruthy();
  });

  describe('does not depend on the time zone of the reader\'s machine', () => {
    const original = process.env['TZ'];
    afterEach(() => {
      process.env['TZ'] = original;
    });
    it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Jayapura', 'UTC'])('%s', (zone) => {
      process.env['TZ'] = zone;
      expect(viewAt('2025-12-31T16:59:59Z')?.value).toBe('Hari terakhir');
      expect(viewAt('2025-12-31T17:00:00Z')?.state).toBe('berakhir');
    });
  });
});

describe('readerDay ignores a clock that cannot be right', () => {
  it.each([
    ['behind the build (a phone set to 2001)', '2001-01-01T00:00:00Z'],
    ['one day behind the build', '2025-12-19T12:00:00+07:00'],
    ['not a time at all', 'kemarin'],
    ['beyond the year 9999', '+012025-01-01T00:00:00Z'],
  ])('%s', (_what, instant) => {
    expect(readerDay(new Date(instant), BUILT_ON)).toBeUndefined();
  });

  it('takes the build day itself and any later day', () => {
    expect(readerDay(new Date('2025-12-20T00:00:00+07:00'), BUILT_ON)).toBe('2025-12-20');
    expect(readerDay(new Date('2099-06-01T00:00:00Z'), BUILT_ON)).toBe('2099-06-01');
  });

  it('is undefined when the page did not say when it was built', () => {
    expect(readerDay(new Date('2025-12-20T00:00:00Z'), undefined)).toBeUndefined();
  });
});

describe('orderCampaigns', () => {
  const c = (slug: string, state: 'berjalan' | 'belum-mulai' | 'berakhir', startDate: string, endDate: string) => ({ slug, state, startDate, endDate });
  it('puts running campaigns first (closing soonest), then those not started, then ended ones (latest first)', () => {
    const sorted = orderCampaigns([
      c('lama', 'berakhir', '2024-01-01', '2024-02-01'),
      c('baru-selesai', 'berakhir', '2025-01-01', '2025-03-01'),
      c('akan', 'belum-mulai', '2026-05-01', '2026-06-01'),
      c('lama-jalan', 'berjalan', '2025-10-01', '2026-03-01'),
      c('segera-tutup', 'berjalan', '2025-11-01', '2026-01-10'),
      c('akan-duluan', 'belum-mulai', '2026-02-01', '2026-03-01'),
    ]);
    expect(sorted.map((x) => x.slug)).toEqual(['segera-tutup', 'lama-jalan', 'akan-duluan', 'akan', 'baru-selesai', 'lama']);
  });
  it('keeps the given order of equals', () => {
    expect(compareCampaigns(c('a', 'berjalan', '2025-01-01', '2025-02-01'), c('b', 'berjalan', '2025-01-05', '2025-02-01'))).toBe(0);
  });
});
