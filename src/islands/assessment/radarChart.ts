/**
 * The radar chart, in its own module so the island loads Chart.js only once a result is shown
 * (dynamic import). Only the pieces a radar needs are registered: `chart.js/auto` would pull in
 * every chart type and triple the download.
 */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import { parseTheme, type Theme } from '~/lib/theme';
import { CHART_PALETTES, type ChartPalette } from './chartPalette';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

export interface RadarInput {
  /** Pillar names, clockwise from the top. */
  labels: string[];
  /** Scores 0..100 in the same order. */
  values: number[];
  /** Name of the data series, read out by the tooltip. */
  seriesLabel: string;
}

const NUMBER = new Intl.NumberFormat('id-ID');

/** The theme the page shows: the reader's choice on <html>, else the system's. */
function currentTheme(): Theme {
  return parseTheme(document.documentElement.dataset['theme']) ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

function applyPalette(chart: Chart<'radar'>, palette: ChartPalette): void {
  const dataset = chart.data.datasets[0];
  if (dataset) {
    dataset.borderColor = palette.line;
    dataset.backgroundColor = palette.fill;
    dataset.pointBackgroundColor = palette.line;
    dataset.pointBorderColor = palette.background;
  }
  const scale = chart.options.scales?.['r'];
  if (scale && 'pointLabels' in scale) {
    scale.pointLabels = { ...scale.pointLabels, color: palette.label };
    scale.ticks = { ...scale.ticks, color: palette.tick, backdropColor: palette.background };
    scale.grid = { ...scale.grid, color: palette.grid };
    scale.angleLines = { ...scale.angleLines, color: palette.grid };
  }
}

/** Draws the chart and keeps its colours in step with the theme and with printing; returns a cleanup. */
export function renderRadar(canvas: HTMLCanvasElement, input: RadarInput): () => void {
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: input.labels,
      datasets: [{ label: input.seriesLabel, data: input.values, fill: true, borderWidth: 2, pointRadius: 4 }],
    },
    options: {
      locale: 'id-ID',
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 1,
      animation: reducedMotion.matches ? false : { duration: 400 },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, callback: (value) => NUMBER.format(Number(value)) },
          pointLabels: { font: { size: 14, weight: 'bold' } },
        },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.label}: ${NUMBER.format(Number(item.raw))} dari 100` } },
      },
    },
  });

  const repaint = (theme: Theme) => {
    applyPalette(chart, CHART_PALETTES[theme]);
    chart.update('none');
  };
  repaint(currentTheme());

  const followTheme = () => repaint(currentTheme());
  // Paper is white whatever the screen shows.
  const forPrint = () => repaint('light');
  const observer = new MutationObserver(followTheme);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', followTheme);
  addEventListener('beforeprint', forPrint);
  addEventListener('afterprint', followTheme);

  return () => {
    observer.disconnect();
    scheme.removeEventListener('change', followTheme);
    removeEventListener('beforeprint', forPrint);
    removeEventListener('afterprint', followTheme);
    chart.destroy();
  };
}
