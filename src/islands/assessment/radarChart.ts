/**
 * The radar chart, in its own module so the island loads Chart.js only once a result is shown
 * (dynamic import). Only the pieces a radar needs are registered: `chart.js/auto` would pull in
 * every chart type and triple the download.
 */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';
import type { Theme } from '~/lib/theme';
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

/**
 * The theme the page shows: the reader's choice on <html>, else the system's. Read inline rather
 * than with `parseTheme`: sharing `~/lib/theme` with this chunk would split it out of the theme
 * toggle's script, which then could no longer be inlined on every page.
 */
function currentTheme(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
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
      // Room for the longest pillar name at the left and right points.
      layout: { padding: 16 },
      animation: reducedMotion.matches ? false : { duration: 400 },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 20, callback: (value) => NUMBER.format(Number(value)) },
          // Smaller names on a small chart (phones, paper) so the longest one is not cut off.
          pointLabels: { font: (ctx) => ({ size: ctx.chart.width < 320 ? 11 : 14, weight: 'bold' }) },
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

  // Paper is white whatever the screen shows. `beforeprint` covers the print dialog; the media
  // query also covers printing to PDF without it (headless browsers, some "save as PDF" paths).
  const printing = matchMedia('print');
  let beforePrint = false;
  const followTheme = () => repaint(beforePrint || printing.matches ? 'light' : currentTheme());
  const onBeforePrint = () => {
    beforePrint = true;
    followTheme();
  };
  const onAfterPrint = () => {
    beforePrint = false;
    followTheme();
  };
  followTheme();

  const observer = new MutationObserver(followTheme);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', followTheme);
  printing.addEventListener('change', followTheme);
  addEventListener('beforeprint', onBeforePrint);
  addEventListener('afterprint', onAfterPrint);

  return () => {
    observer.disconnect();
    scheme.removeEventListener('change', followTheme);
    printing.removeEventListener('change', followTheme);
    removeEventListener('beforeprint', onBeforePrint);
    removeEventListener('afterprint', onAfterPrint);
    chart.destroy();
  };
}
