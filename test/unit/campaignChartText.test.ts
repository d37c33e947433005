import { describe, expect, it } from 'vitest';
import { formatCalendarDay } from '~/vocab/dates';
import { allocationChartData } from '~/lib/campaign/chartData';
import { allocationChartLabel, progressChartLabel } from '~/lib/campaign/chartText';
import { cumulativeSeries } from '~/lib/campaign/series';

describe('formatCalendarDay', () => {
  it.each([
    ['2026-11-23', '23 November 2026'],
    ['2025-12-06', '6 Desember 2025'],
    ['2025-01-01', '1 Januari 2025'],
  ])('%s reads %s', (day, expected) => {
    expect(formatCalendarDay(day)).toBe(expected);
  });
});

describe('progressChartLabel', () => {
  it('names the first and last day, the totals and the target', () => {
    const series = cumulativeSeries([
      { date: '2025-12-06', amount: 142_500_000, donors: 1140 },
      { date: '2025-12-30', amount: 10_000_000, donors: 52 },
    ]);
    expect(progressChartLabel(series, 300_000_000)).toBe(
      'Grafik garis donasi terkumpul dari 6 Des hingga 30 Des: naik dari Rp142,5 juta menjadi Rp152,5 juta, terhadap target Rp300 juta. Angka lengkap ada di tabel.',
    );
  });

  it('reads one day without a range', () => {
    const series = cumulativeSeries([{ date: '2025-12-06', amount: 1_000_000, donors: 1 }]);
    expect(progressChartLabel(series, 2_000_000)).toContain('pada 6 Des: Rp1 juta');
  });

  it('says so when nothing was raised yet', () => {
    expect(progressChartLabel([], 2_000_000)).toBe('Grafik donasi terkumpul: belum ada donasi. Target Rp2 juta.');
  });
});

describe('allocationChartLabel', () => {
  it('lists every slice with its amount', () => {
    const data = allocationChartData(
      [
        { recipient: 'Aceh', amount: 100_000_000 },
        { recipient: 'Sumatera Barat', amount: 70_000_000 },
      ],
      { colors: ['#000'], raised: 180_000_000 },
    );
    expect(allocationChartLabel(data)).toBe(
      'Grafik donat alokasi dana: Aceh Rp100 juta, Sumatera Barat Rp70 juta, Belum dialokasikan Rp10 juta. Angka lengkap ada di tabel.',
    );
  });

  it('says so when nothing is allocated', () => {
    expect(allocationChartLabel(allocationChartData([], { colors: ['#000'] }))).toBe('Grafik alokasi dana: belum ada alokasi.');
  });
});
