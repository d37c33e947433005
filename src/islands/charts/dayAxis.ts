import type { ScaleOptions } from 'chart.js';
import type { AxisTick } from '~/lib/campaign/timeAxis';

/**
 * A time axis over day numbers with our own ticks (weekly or monthly days in Indonesian, from
 * `timeAxis.dayTicks`), never Chart.js's round day numbers: the donation chart and the
 * assessment history both draw time this way, without a date adapter.
 */
export function dayAxis(
  axis: { min: number; max: number; ticks: readonly AxisTick[] },
  colors: { text: string; grid: string },
): ScaleOptions<'linear'> {
  const labels = new Map(axis.ticks.map((t) => [t.value, t.label]));
  return {
    type: 'linear',
    min: axis.min,
    max: axis.max,
    afterBuildTicks: (scale) => {
      scale.ticks = axis.ticks.map((t) => ({ value: t.value }));
    },
    ticks: { color: colors.text, maxRotation: 0, callback: (value) => labels.get(Number(value)) ?? '' },
    grid: { color: colors.grid },
  };
}
