/**
 * The radar chart, in its own module so the island loads Chart.js only once a result is shown
 * (dynamic import). Its colours are the `--chart-*` variables of `.asesmen-chart`
 * (selfAssessment.css), read at draw time like the campaign charts' colours.
 */
import { formatNumber } from '~/vocab/numbers';
import { Chart } from '../charts/chartjs';
import { prefersReducedMotion, readColors, watchTheme, withAlpha } from '../charts/chartTheme';

export interface RadarInput {
  /** Pillar names, clockwise from the top. */
  labels: string[];
  /** Scores 0..100 in the same order. */
  values: number[];
  /** Name of the data series, read out by the tooltip. */
  seriesLabel: string;
}

/** Names of the CSS custom properties in selfAssessment.css. */
const THEME = {
  /** Page background, behind the chart and the tick labels. */
  background: '--chart-background',
  /** The pillar names around the chart. */
  label: '--chart-label',
  /** Tick numbers 0..100. */
  tick: '--chart-tick',
  /** Rings and spokes: quieter than the data, still 3:1 so the scale can be read. */
  grid: '--chart-grid',
  /** The person's scores; the area under them is the same colour, faint and decorative. */
  line: '--chart-line',
} as const;

function applyColors(chart: Chart<'radar'>, c: Record<keyof typeof THEME, string>): void {
  const dataset = chart.data.datasets[0];
  if (dataset) {
    dataset.borderColor = c.line;
    dataset.backgroundColor = withAlpha(c.line, 0.2);
    dataset.pointBackgroundColor = c.line;
    dataset.pointBorderColor = c.background;
  }
  const scale = chart.options.scales?.['r'];
  if (scale && 'pointLabels' in scale) {
    scale.pointLabels = { ...scale.pointLabels, color: c.label };
    scale.ticks = { ...scale.ticks, color: c.tick, backdropColor: c.background };
    scale.grid = { ...scale.grid, color: c.grid };
    scale.angleLines = { ...scale.angleLines, color: c.grid };
  }
}

/** Draws the chart and keeps its colours in step with the theme and with printing; returns a cleanup. */
export function renderRadar(canvas: HTMLCanvasElement, input: RadarInput): () => void {
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: input.labels,
      datasets: [{ label: input.seriesLabel, data: input.values, fill: true, borderWidth: 2, pointRadius: 4 }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 1,
      // Room for the longest pillar name at the left and right points.
      layout: { padding: 16 },
      animation: prefersReducedMotion() ? false : { duration: 400 },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, callback: (value) => formatNumber(Number(value)) },
          // Smaller names on a small chart (phones, paper) so the longest one is not cut off.
          pointLabels: { font: (ctx) => ({ size: ctx.chart.width < 320 ? 11 : 14, weight: 'bold' }) },
        },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.label}: ${formatNumber(Number(item.raw))} dari 100` } },
      },
    },
  });

  const host = canvas.parentElement ?? canvas;
  const repaint = (scheme?: 'light') => {
    applyColors(chart, readColors(host, THEME, scheme));
    chart.update('none');
  };
  repaint();
  const stopWatching = watchTheme(repaint);
  return () => {
    stopWatching();
    chart.destroy();
  };
}
