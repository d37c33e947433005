import { formatRupiahCompact } from '../money.ts';
import { formatShortDay } from '../../vocab/dates.ts';
import type { AllocationChartData } from './chartData.ts';
import type { SeriesPoint } from './series.ts';

/**
 * What each chart shows, in one sentence for `aria-label`: a screen reader hears the gist, and the
 * table beside the chart holds every figure. Server and island share it, so the label never
 * disagrees with the picture.
 */

export function progressChartLabel(series: readonly SeriesPoint[], target: number): string {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return `Grafik donasi terkumpul: belum ada donasi. Target ${formatRupiahCompact(target)}.`;
  const span =
    first === last
      ? `pada ${formatShortDay(first.date)}: ${formatRupiahCompact(last.cumulative)}`
      : `dari ${formatShortDay(first.date)} hingga ${formatShortDay(last.date)}: naik dari ${formatRupiahCompact(first.cumulative)} menjadi ${formatRupiahCompact(last.cumulative)}`;
  return `Grafik garis donasi terkumpul ${span}, terhadap target ${formatRupiahCompact(target)}. Angka lengkap ada di tabel.`;
}

export function allocationChartLabel(data: Pick<AllocationChartData, 'labels' | 'datasets'>): string {
  const values = data.datasets[0].data;
  if (data.labels.length === 0) return 'Grafik alokasi dana: belum ada alokasi.';
  const parts = data.labels.map((label, i) => `${label} ${formatRupiahCompact(values[i] ?? 0)}`);
  return `Grafik donat alokasi dana: ${parts.join(', ')}. Angka lengkap ada di tabel.`;
}
