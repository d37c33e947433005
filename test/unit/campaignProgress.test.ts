import { describe, expect, it } from 'vitest';
import {
  campaignTiming,
  progressBarWidth,
  progressPercent,
  summarizeCampaign,
  timingLabel,
  totalDonors,
  totalRaised,
  type CampaignTiming,
} from '~/lib/campaign/progress';
import { daysBetween, parseCalendarDay } from '~/vocab/dates';

const DONATIONS = [
  { date: '2025-12-06', amount: 142_500_000, donors: 1_140 },
  { date: '2025-12-08', amount: 38_750_000, donors: 312 },
  { date: '2025-12-08', amount: 6_500_000, donors: 0 },
];

describe('totals', () => {
  it('adds up amounts and donors', () => {
    expect(totalRaised(DONATIONS)).toBe(187_750_000);
    expect(totalDonors(DONATIONS)).toBe(1_452);
  });
  it('is zero for no donations', () => {
    expect(totalRaised([])).toBe(0);
    expect(totalDonors([])).toBe(0);
  });
});

describe('progressPercent', () => {
  describe.each([
    { raised: 0, target: 300_000_000, percent: 0 },
    { raised: 150_000_000, target: 300_000_000, percent: 50 },
    { raised: 7, target: 10, percent: 70 },
    { raised: 260_500_000, target: 300_000_000, percent: 86.8 },
    // 99,96%: rounded down so it does not claim the target was met.
    { raised: 9_996, target: 10_000, percent: 99.9 },
    { raised: 300_000_000, target: 300_000_000, percent: 100 },
    // Honest above the target, not capped.
    { raised: 390_000_000, target: 300_000_000, percent: 130 },
    { raised: 5, target: 0, percent: 0 },
  ])('$raised of $target', ({ raised, target, percent }) => {
    it(`is ${percent}`, () => {
      expect(progressPercent(raised, target)).toBe(percent);
    });
  });

  it.each([
    [-5, 0],
    [42.5, 42.5],
    [130, 100],
  ])('bar width for %d is %d', (percent, width) => {
    expect(progressBarWidth(percent)).toBe(width);
  });
});

describe('campaignTiming', () => {
  const dates = { startDate: '2025-12-06', endDate: '2025-12-31' };
  describe.each<{ today: string | Date; timing: CampaignTiming; label: string }>([
    { today: '2025-12-01', timing: { state: 'belum-mulai', daysToStart: 5 }, label: 'Dimulai 5 hari lagi' },
    { today: '2025-12-05', timing: { state: 'belum-mulai', daysToStart: 1 }, label: 'Dimulai besok' },
    { today: '2025-12-06', timing: { state: 'berjalan', daysLeft: 25 }, label: '25 hari lagi' },
    { today: '2025-12-30', timing: { state: 'berjalan', daysLeft: 1 }, label: '1 hari lagi' },
    { today: '2025-12-31', timing: { state: 'berjalan', daysLeft: 0 }, label: 'Hari terakhir' },
    { today: '2026-01-01', timing: { state: 'berakhir', daysSinceEnd: 1 }, label: 'Sudah berakhir' },
    { today: '2026-11-23', timing: { state: 'berakhir', daysSinceEnd: 327 }, label: 'Sudah berakhir' },
    // 31 Dec 20:00 UTC is already 1 January in Jakarta, the editors' calendar.
    { today: new Date('2025-12-31T20:00:00Z'), timing: { state: 'berakhir', daysSinceEnd: 1 }, label: 'Sudah berakhir' },
    { today: new Date('2025-12-31T16:59:00Z'), timing: { state: 'berjalan', daysLeft: 0 }, label: 'Hari terakhir' },
  ])('today $today', ({ today, timing, label }) => {
    it(`is ${timing.state}: "${label}"`, () => {
      const result = campaignTiming(dates, today);
      expect(result).toEqual(timing);
      expect(timingLabel(result)).toBe(label);
    });
  });

  it('refuses a today that is not a day', () => {
    expect(() => campaignTiming(dates, '2025-02-30')).toThrow(RangeError);
  });
});

describe('calendar days', () => {
  it.each([
    ['2025-12-06', '2025-12-06'],
    [' 2025-12-06 ', '2025-12-06'],
    ['6/12/2025', '2025-12-06'],
    ['06/12/2025', '2025-12-06'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', undefined],
    ['2025-13-01', undefined],
    ['12/31/2025', undefined],
    ['kemarin', undefined],
    ['', undefined],
    [20251206, undefined],
  ])('%s reads as %s', (input, expected) => {
    expect(parseCalendarDay(input)).toBe(expected);
  });

  it('counts days across a month and a leap day', () => {
    expect(daysBetween('2025-12-06', '2026-01-05')).toBe(30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-06', '2025-12-01')).toBe(-5);
  });
});

describe('summarizeCampaign', () => {
  it('gives every figure a page shows', () => {
    const summary = summarizeCampaign(
      {
        target: 150_000_000,
        startDate: '2025-12-06',
        endDate: '2025-12-31',
        donations: DONATIONS,
        allocations: [
          { recipient: 'Aceh', amount: 100_000_000 },
          { recipient: 'Sumatera Barat', amount: 50_000_000 },
        ],
        updates: [
          { date: '2026-01-08', kind: 'penyaluran', title: 'Tahap 1', recipient: 'Aceh', items: 'Sembako', amount: 60_000_000 },
          { date: '2026-01-09', kind: 'kabar', title: 'Kabar' },
        ],
      },
      '2025-12-20',
    );
    expect(summary).toEqual({
      raised: 187_750_000,
      donors: 1_452,
      target: 150_000_000,
      percent: 125.1,
      barWidth: 100,
      remaining: 0,
      allocated: 150_000_000,
      disbursed: 60_000_000,
      timing: { state: 'berjalan', daysLeft: 11 },
    });
  });
});
