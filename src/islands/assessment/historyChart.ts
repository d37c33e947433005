/**
 * The history chart: the index and the five pillars over time, one line each. Loaded only when
 * there is a history to draw (dynamic import).
 * Every line has its own dash pattern and point shape besides its colour, so the lines and the
 * legend can be told apart without colour, and in a black-and-white print.
 */
import type { PointStyle } from 'chart.js';
import type { HistoryPoint, HistorySeries } from '~/lib/assessment/historyView';
import { formatNumber } from '~/vocab/numbers';
import { Chart } from '../charts/chartjs.ts';
import { prefersReducedMotion, readColors, watchTheme } from '../charts/chartTheme.ts';
import { dayAxis } from '../charts/dayAxis.ts';


/** Custom properties of `.riwayat-frame` (assessmentPages.css), checked for contrast by chartColors.test.ts. */
const COLORS = {
  s0: '--chart-series-0',
  s1: '--chart-series-1',
  s2: '--chart-series-2',
  s3: '--chart-series-3',
  s4: '--chart-series-4',
  s5: '--chart-series-5',
  text: '--chart-label',
  grid: '--chart-grid',
} as const;
const SERIES_COLORS = ['s0', 's1', 's2', 's3', 's4', 's5'] as const;
const DASHES: number[][] = [[], [10, 4], [3, 3], [12, 4, 2, 4], [6, 6], [1, 3]];
const POINTS: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];

/** Draws `input` (`historySeries`: days since the first result on x, with our own date ticks). */
export function renderHistoryChart(canvas: HTMLCanvasElement, input: HistorySeries): () => void {
  const host = canvas.parentElement ?? canvas;
  let chart: Chart<'line'> | undefined;
  // Redrawn from scratch when the theme changes: Chart.js caches the points' resolved colours.
  const draw = (scheme?: 'light') => {
    const c = readColors(host, COLORS, scheme);
    const firstDraw = chart === undefined;
    chart?.destroy();
    chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: input.series.map((s, i) => {
          const color = c[SERIES_COLORS[i % SERIES_COLORS.length]!];
          return {
            label: s.label,
            data: s.points,
            borderColor: color,
            backgroundColor: color,
            pointBackgroundColor: color,
            pointBorderColor: color,
            // The index is the headline: a thicker line and bigger points.
            borderWidth: i === 0 ? 4 : 2,
            pointRadius: i === 0 ? 5 : 4,
            pointStyle: POINTS[i % POINTS.length]!,
            borderDash: DASHES[i % DASHES.length]!,
            fill: false,
            tension: 0,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: firstDraw && !prefersReducedMotion() ? { duration: 400 } : false,
        color: c.text,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: dayAxis(input, c),
          y: { min: 0, max: 100, ticks: { stepSize: 20, color: c.text, callback: (v) => formatNumber(Number(v)) }, grid: { color: c.grid } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 10, padding: 12, color: c.text } },
          tooltip: {
            callbacks: {
              title: (items) => (items[0]?.raw as HistoryPoint | undefined)?.label ?? '',
              label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0)}`,
            },
          },
        },
      },
    });
    canvas.dataset['series'] = String(input.series.length);
    canvas.dataset['points'] = String(input.series[0]?.points.length ?? 0);
  };
  draw();
  const stop = watchTheme(draw);
  return () => {
    stop();
    chart?.destroy();
  };
}
