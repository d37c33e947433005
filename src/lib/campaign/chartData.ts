import type { Allocation } from '../../schemas/campaign';
import { formatShortDay, type CalendarDay } from '../../vocab/dates';
import type { SeriesPoint } from './series';

/**
 * The `data` objects for Chart.js: labels and numbers, with colours chosen by the caller (they
 * belong to the theme, not to the figures). Shapes are written out here rather than imported from
 * chart.js so this module stays free of it; they are assignable to `ChartData<'line'>`,
 * `ChartData<'doughnut'>` and `ChartData<'bar'>`.
 */

export interface LineDataset {
  label: string;
  data: number[];
  borderColor: string;
  backgroundColor: string;
}

export interface ProgressChartData {
  labels: string[];
  /** Index 0 is the running total, index 1 the target (the same value at every point). */
  datasets: [LineDataset, LineDataset];
}

export interface ProgressChartOptions {
  colors: { raised: string; target: string };
  /** How a day reads on the axis; default "6 Des". */
  formatDay?: (day: CalendarDay) => string;
  labels?: { raised?: string; target?: string };
}

/** Cumulative amount raised per donation day against the target, for a line chart. */
export function progressChartData(
  series: readonly SeriesPoint[],
  target: number,
  options: ProgressChartOptions,
): ProgressChartData {
  const formatDay = options.formatDay ?? formatShortDay;
  return {
    labels: series.map((p) => formatDay(p.date)),
    datasets: [
      {
        label: options.labels?.raised ?? 'Donasi terkumpul',
        data: series.map((p) => p.cumulative),
        borderColor: options.colors.raised,
        backgroundColor: options.colors.raised,
      },
      {
        label: options.labels?.target ?? 'Target',
        data: series.map(() => target),
        borderColor: options.colors.target,
        backgroundColor: options.colors.target,
      },
    ],
  };
}

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
