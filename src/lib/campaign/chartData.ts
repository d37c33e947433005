import type { Allocation } from '../../schemas/campaign.ts';

/**
 * The `data` objects for Chart.js: labels and numbers, with colours chosen by the caller (they
 * belong to the theme, not to the figures). Shapes are written out here rather than imported from
 * chart.js so this module stays free of it; they are assignable to `ChartData<'doughnut'>` and
 * `ChartData<'bar'>`. The cumulative line has its own data on a time axis (timeAxis.ts).
 */

export interface AllocationChartData {
  labels: string[];
  datasets: [{ label: string; data: number[]; backgroundColor: string[] }];
}

export interface AllocationChartOptions {
  /** One colour per slice, reused from the start when there are more slices than colours. */
  colors: readonly string[];
  /** When given, money raised but not yet allocated becomes its own slice, so the whole adds up. */
  raised?: number;
  /** Slice name for that remainder; default "Belum dialokasikan". */
  unallocatedLabel?: string;
  /** Dataset name (the tooltip's heading); default "Alokasi". */
  label?: string;
}

/** Allocations by recipient or region, for a doughnut or bar chart. */
export function allocationChartData(
  allocations: readonly Pick<Allocation, 'recipient' | 'amount'>[],
  options: AllocationChartOptions,
): AllocationChartData {
  if (options.colors.length === 0) throw new RangeError('allocationChartData: colors must hold at least one colour.');
  const slices = allocations.map((a) => ({ label: a.recipient, value: a.amount }));
  const allocated = slices.reduce((total, s) => total + s.value, 0);
  if (options.raised !== undefined && options.raised > allocated)
    slices.push({ label: options.unallocatedLabel ?? 'Belum dialokasikan', value: options.raised - allocated });
  return {
    labels: slices.map((s) => s.label),
    datasets: [
      {
        label: options.label ?? 'Alokasi',
        data: slices.map((s) => s.value),
        backgroundColor: slices.map((_, i) => options.colors[i % options.colors.length] ?? ''),
      },
    ],
  };
}
