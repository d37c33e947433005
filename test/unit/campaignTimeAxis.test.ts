import { describe, expect, it } from 'vitest';
import { cumulativeSeries } from '~/lib/campaign/series';
import { addDays, timeAxisData } from '~/lib/campaign/timeAxis';

const campaign = { startDate: '2025-12-06', endDate: '2025-12-31', target: 300_000_000 };
const donations = ['2025-12-06', '2025-12-08', '2025-12-10', '2025-12-15', '2025-12-22', '2025-12-30'].map((date, i) => ({
  date,
  amount: (i + 1) * 1_000_000,
  donors: 1,
}));

describe('timeAxisData', () => {
  const data = timeAxisData(cumulativeSeries(donations), campaign);

  it('places each donation day at its distance in days from the start, not at its index', () => {
    expect(data.raised.map((p) => p.x)).toEqual([0, 2, 4, 9, 16, 24]);
    expect(data.raised.map((p) => p.y)).toEqual([1, 3, 6, 10, 15, 21].map((m) => m * 1_000_000));
    expect(data.raised.map((p) => p.date)).toEqual(donations.map((d) => d.date));
    expect(data.raised[1]?.label).toBe('8 Desember 2025');
  });

  it('draws the target across the whole campaign and marks the end date', () => {
    expect(data.target).toEqual([
      { x: 0, y: 300_000_000, date: '2025-12-06', label: '6 Desember 2025' },
      { x: 25, y: 300_000_000, date: '2025-12-31', label: '31 Desember 2025' },
    ]);
    // The end mark reaches the higher of the target and the total.
    expect(data.end).toEqual({ x: 25, y: 300_000_000, date: '2025-12-31', label: '31 Desember 2025' });
    const passed = timeAxisData(cumulativeSeries([{ date: '2025-12-07', amount: 400_000_000, donors: 1 }]), campaign);
    expect(passed.end.y).toBe(400_000_000);
    // One day of room after the end, so the end mark is not drawn on the frame.
    expect([data.min, data.max]).toEqual([0, 26]);
  });

  it('labels a short campaign weekly in Indonesian, and its last day', () => {
    expect(data.ticks).toEqual([
      { value: 0, label: '6 Des' },
      { value: 7, label: '13 Des' },
      { value: 14, label: '20 Des' },
      // 27 Des would sit four days before the end and collide with its label.
      { value: 25, label: '31 Des' },
    ]);
  });

  it('drops the weekly tick that would crowd the end date', () => {
    const ticks = timeAxisData([], { ...campaign, endDate: '2025-12-28' }).ticks;
    expect(ticks.map((t) => t.label)).toEqual(['6 Des', '13 Des', '20 Des', '28 Des']);
  });

  it('labels a long campaign by month, across a year end, and thins the months out', () => {
    const months = timeAxisData([], { ...campaign, startDate: '2025-11-01', endDate: '2026-04-30' }).ticks;
    expect(months).toEqual([
      { value: 0, label: 'Nov 2025' },
      { value: 30, label: 'Des 2025' },
      { value: 61, label: 'Jan 2026' },
      { value: 92, label: 'Feb 2026' },
      { value: 120, label: 'Mar 2026' },
      { value: 151, label: 'Apr 2026' },
    ]);
    const years = timeAxisData([], { ...campaign, startDate: '2024-01-15', endDate: '2026-01-14' }).ticks;
    expect(years.length).toBeLessThanOrEqual(8);
    expect(years[0]).toEqual({ value: 17, label: 'Feb 2024' });
  });

  it('gives a one-day campaign an axis with width', () => {
    const one = timeAxisData(cumulativeSeries([{ date: '2025-12-06', amount: 5, donors: 1 }]), { ...campaign, endDate: '2025-12-06' });
    expect([one.min, one.max]).toEqual([0, 1]);
    expect(one.ticks).toEqual([{ value: 0, label: '6 Des' }]);
    expect(one.raised).toEqual([{ x: 0, y: 5, date: '2025-12-06', label: '6 Desember 2025' }]);
  });

  it('adds days across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});
