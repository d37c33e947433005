/**
 * A radar of several outlines over the five pillars: the team's average with its lowest and
 * highest scores, or a result beside the one before it. Loaded only to draw (dynamic import).
 * Outlines differ by dash pattern and point shape as well as colour, so they can be told apart
 * without colour; the legend shows the same shapes.
 */
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip, type PointStyle } from 'chart.js';
import { SITE_LOCALE } from '~/vocab/locale';
import { formatNumber } from '~/vocab/numbers';
import { isPrinting, readChartColors, watchChartTheme } from './chartColors';
import { prefersReducedMotion } from '../charts/chartTheme';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

export type OutlineStyle = 'solid' | 'dashed' | 'dotted';

export interface Outline {
  label: string;
  /** Scores 0..100 in the order of `labels`. */
  values: number[];
  style: OutlineStyle;
}

const DASH: Record<OutlineStyle, number[]> = { solid: [], dashed: [8, 5], dotted: [2, 4] };
const POINT: Record<OutlineStyle, PointStyle> = { solid: 'circle', dashed: 'rect', dotted: 'triangle' };
/** Custom properties set in assessmentPages.css (3:1 on the background in both themes). */
const COLORS = {
  solid: '--outline-solid',
  dashed: '--outline-dashed',
  dotted: '--outline-dotted',
  fill: '--outline-fill',
  text: '--text',
  muted: '--muted',
  grid: '--chart-grid',
  background: '--bg',
} as const;


export function renderOutlineRadar(canvas: HTMLCanvasElement, host: HTMLElement, labels: string[], outlines: Outline[]): () => void {
  let chart: Chart<'radar'> | undefined;
  // Redrawn from scratch when the theme changes: Chart.js caches the points' resolved colours.
  const draw = (printing: boolean) => {
    const c = readChartColors(host, COLORS, printing);
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
          // Only the first outline is filled; a second fill would hide the shapes beneath it.
          backgroundColor: i === 0 ? c.fill : c[o.style],
          fill: i === 0,
          pointBackgroundColor: c[o.style],
          pointBorderColor: c[o.style],
          borderDash: DASH[o.style],
          pointStyle: POINT[o.style],
          borderWidth: o.style === 'solid' ? 3 : 2,
          pointRadius: 4,
        })),
      },
      options: {
        locale: SITE_LOCALE,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: 8 },
        animation: firstDraw && !prefersReducedMotion() ? { duration: 400 } : false,
        color: c.text,
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 20, color: c.muted, backdropColor: c.background, callback: (value) => formatNumber(Number(value)) },
            grid: { color: c.grid },
            angleLines: { color: c.grid },
            pointLabels: { color: c.text, font: (ctx) => ({ size: ctx.chart.width < 320 ? 11 : 14, weight: 'bold' }) },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 10, padding: 12, color: c.text } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(Number(item.raw), 1)}` } },
        },
      },
    });
    canvas.dataset['outlines'] = String(outlines.length);
  };
  draw(isPrinting());
  const stop = watchChartTheme(draw);
  return () => {
    stop();
    chart?.destroy();
  };
}
