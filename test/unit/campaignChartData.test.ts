import type { ChartData } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { allocationChartData } from '~/lib/campaign/chartData';
import { formatShortDay } from '~/vocab/dates';
import { cumulativeSeries } from '~/lib/campaign/series';

describe('cumulativeSeries', () => {
  describe.each([
    { name: 'no donations', donations: [], points: [] },
    {
      name: 'one donation',
      donations: [{ date: '2025-12-06', amount: 100, donors: 2 }],
      points: [{ date: '2025-12-06', amount: 100, donors: 2, cumulative: 100, cumulativeDonors: 2 }],
    },
    {
      name: 'entries out of order, two on one day',
      donations: [
        { date: '2025-12-10', amount: 300, donors: 3 },
        { date: '2025-12-06', amount: 100, donors: 1 },
        { date: '2025-12-10', amount: 50, donors: 0 },
        { date: '2025-12-08', amount: 25, donors: 5 },
      ],
      points: [
        { date: '2025-12-06', amount: 100, donors: 1, cumulative: 100, cumulativeDonors: 1 },
        { date: '2025-12-08', amount: 25, donors: 5, cumulative: 125, cumulativeDonors: 6 },
        { date: '2025-12-10', amount: 350, donors: 3, cumulative: 475, cumulativeDonors: 9 },
      ],
    },
  ])('$name', ({ donations, points }) => {
    it('has one point per day with running totals', () => {
      expect(cumulativeSeries(donations)).toEqual(points);
    });
  });
});

describe('formatShortDay', () => {
  it('formats days as written, whatever the time zone', () => {
    expect(formatShortDay('2025-12-31')).toBe('31 Des');
  });
});

describe('allocationChartData', () => {
  const allocations = [
    { recipient: 'Aceh', amount: 100_000_000 },
    { recipient: 'Sumatera Utara', amount: 80_000_000 },
    { recipient: 'Sumatera Barat', amount: 70_000_000 },
  ];

  describe.each([
    {
      name: 'allocations only, colours reused',
      options: { colors: ['#111', '#222'] },
      labels: ['Aceh', 'Sumatera Utara', 'Sumatera Barat'],
      data: [100_000_000, 80_000_000, 70_000_000],
      background: ['#111', '#222', '#111'],
    },
    {
      name: 'with the unallocated remainder',
      options: { colors: ['#111', '#222', '#333', '#444'], raised: 260_500_000 },
      labels: ['Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Belum dialokasikan'],
      data: [100_000_000, 80_000_000, 70_000_000, 10_500_000],
      background: ['#111', '#222', '#333', '#444'],
    },
    {
      name: 'everything allocated: no empty slice',
      options: { colors: ['#111'], raised: 250_000_000 },
      labels: ['Aceh', 'Sumatera Utara', 'Sumatera Barat'],
      data: [100_000_000, 80_000_000, 70_000_000],
      background: ['#111', '#111', '#111'],
    },
  ])('$name', ({ options, labels, data, background }) => {
    it('has a label, an amount and a colour per slice', () => {
      const chart = allocationChartData(allocations, options);
      expect(chart.labels).toEqual(labels);
      expect(chart.datasets[0].data).toEqual(data);
      expect(chart.datasets[0].backgroundColor).toEqual(background);
      expect(chart.datasets[0].label).toBe('Alokasi');
      const doughnut: ChartData<'doughnut', number[], string> = chart;
      const bar: ChartData<'bar', number[], string> = chart;
      expect(doughnut.labels).toBe(bar.labels);
    });
  });

  it('needs at least one colour', () => {
    expect(() => allocationChartData(allocations, { colors: [] })).toThrow(RangeError);
  });
});
