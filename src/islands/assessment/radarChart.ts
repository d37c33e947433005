/**
 * The radar chart of pillar scores, in its own module so an island loads Chart.js only once there
 * is something to draw (dynamic import). It draws one or more outlines: a result alone, a result
 * beside the one before it, or a team's average with its lowest and highest. Outlines differ by
 * dash pattern and point shape as well as colour, so they can be told apart without colour, and
 * the legend shows the same shapes. Colours are the `--chart-*` variables of the chart's box
 * (selfAssessment.css, assessmentPages.css), read at draw time.
 */
import { formatNumber } from '~/vocab/numbers';
import { Chart } from '../charts/chartjs.ts';
import { prefersReducedMotion, readColors, watchTheme, withAlpha } from '../charts/chartTheme.ts';

export type OutlineStyle = 'solid' | 'dashed' | 'dotted';

export interface Outline {
  /** Name of the outline in the legend and the tooltip. */
  label: string;
  /** Scores 0..100, in the order of the labels. */
  values: number[];
  style: OutlineStyle;
}

const DASH: Record<OutlineStyle, number[]> = { solid: [], dashed: [8, 5], dotted: [2, 4] };
const POINT: Record<OutlineStyle, 'circle' | 'rect' | 'triangle'> = { solid: 'circle', dashed: 'rect', dotted: 'triangle' };

/** Names of the CSS custom properties on the chart's box. */
const THEME = {
  /** Page background, behind the chart and the tick labels. */
  background: '--chart-background',
  /** The pillar names around the chart and the legend. */
  label: '--chart-label',
  /** Tick numbers 0..100. */
  tick: '--chart-tick',
  /** Rings and spokes: quieter than the data, still 3:1 so the scale can be read. */
  grid: '--chart-grid',
  /** The main outline; the area under it is the same colour, faint and decorative. */
  solid: '--chart-line',
  dashed: '--chart-line-2',
  dotted: '--chart-line-3',
} as const;

/**
 * Draws the outlines over `labels` (pillar names, clockwise from the top) and redraws them in the
 * theme's colours when the theme changes or the page is printed; returns a cleanup. Redrawn from
 * scratch, not repainted: Chart.js keeps the points' resolved colours.
 */
export function renderRadar(canvas: HTMLCanvasElement, labels: string[], outlines: Outline[]): () => void {
  const host = canvas.parentElement ?? canvas;
  let chart: Chart<'radar'> | undefined;
  const draw = (scheme?: 'light') => {
    const c = readColors(host, THEME, scheme);
    const firstDraw = chart === undefined;
    chart?.destroy();
    chart = new Chart(canvas, {
      type: 'radar',
      data: {
        labels,
        datasets: outlines.map((o, i) => ({
          label: o.label,
          data: o.values,
          borderColor: c[o.style],
          // Only the first outline is filled: a second fill would hide the shapes beneath it.
          backgroundColor: i === 0 ? withAlpha(c[o.style], 0.2) : c[o.style],
          fill: i === 0,
          pointBackgroundColor: c[o.style],
          pointBorderColor: i === 0 ? c.background : c[o.style],
          borderDash: DASH[o.style],
          pointStyle: POINT[o.style],
          borderWidth: o.style === 'solid' ? 3 : 2,
          pointRadius: 4,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: 1,
        // Room for the longest pillar name at the left and right points.
        layout: { padding: 16 },
        animation: firstDraw && !prefersReducedMotion() ? { duration: 400 } : false,
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 20, color: c.tick, backdropColor: c.background, callback: (value) => formatNumber(Number(value)) },
            grid: { color: c.grid },
            angleLines: { color: c.grid },
            // Smaller names on a small chart (phones, paper) so the longest one is not cut off.
            pointLabels: { color: c.label, font: (ctx) => ({ size: ctx.chart.width < 320 ? 11 : 14, weight: 'bold' }) },
          },
        },
        plugins: {
          // One outline needs no legend; with more, it names them with their point shapes.
          legend: { display: outlines.length > 1, position: 'bottom', labels: { usePointStyle: true, color: c.label, padding: 12 } },
          tooltip: {
            callbacks: {
              label: (item) => `${outlines.length > 1 ? `${item.dataset.label ?? ''}, ` : ''}${item.label}: ${formatNumber(Number(item.raw), 1)} dari 100`,
            },
          },
        },
      },
    });
    canvas.dataset['outlines'] = String(outlines.length);
  };
  draw();
  const stopWatching = watchTheme(draw);
  return () => {
    stopWatching();
    chart?.destroy();
  };
}
