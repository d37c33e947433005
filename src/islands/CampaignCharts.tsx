/**
 * The two campaign charts: money raised over time against the target, and how it is allocated.
 * The server renders the figures, frames and labels (space reserved, so nothing jumps); in the
 * browser the canvases are drawn in the theme's colours and redrawn when the theme changes.
 *
 * The cumulative line sits on a true time axis: a linear scale over day numbers with the labels
 * of `timeAxisData` (computed on the server), so uneven donation days stay unevenly spaced.
 *
 * Test hook: after drawing, each canvas carries `data-points` (line: donation days drawn) and
 * `data-point-x` (their x positions in pixels), or `data-parts` (doughnut: slices), read from the
 * Chart instance, which is unreachable from the page once bundled.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Allocation } from '~/schemas/campaign';
import { allocationChartData } from '~/lib/campaign/chartData';
import { allocationChartLabel, progressChartLabel } from '~/lib/campaign/chartText';
import type { SeriesPoint } from '~/lib/campaign/series';
import type { TimeAxisData, TimePoint } from '~/lib/campaign/timeAxis';
import { formatRupiahCompact } from '~/lib/money';
import { Chart } from './charts/chartjs.ts';
import { prefersReducedMotion, readColors, watchTheme, withAlpha } from './charts/chartTheme.ts';
import { dayAxis } from './charts/dayAxis.ts';
import './CampaignCharts.css';

export interface Props {
  series: SeriesPoint[];
  /** The same days on a time axis, with the target line and the end date (`timeAxisData`). */
  axis: TimeAxisData;
  target: number;
  raised: number;
  allocations: Pick<Allocation, 'recipient' | 'amount'>[];
  /** Id of the table holding the same figures, for aria-describedby. */
  tableId: string;
  /** Id of the allocation table; omitted when there is no allocation to chart. */
  allocationTableId?: string;
}

/** Names of the CSS custom properties in CampaignCharts.css, read again at every draw. */
const THEME = {
  raised: '--chart-raised',
  target: '--chart-target',
  text: '--chart-text',
  grid: '--chart-grid',
  background: '--chart-background',
  slice1: '--chart-slice-1',
  slice2: '--chart-slice-2',
  slice3: '--chart-slice-3',
  slice4: '--chart-slice-4',
} as const;

export default function CampaignCharts({ series, axis, target, raised, allocations, tableId, allocationTableId }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const lineCanvas = useRef<HTMLCanvasElement>(null);
  const doughnutCanvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const host = root.current;
    const line = lineCanvas.current;
    if (!host || !line) return;
    const charts: Pick<Chart, 'destroy'>[] = [];
    let firstDraw = true;

    const draw = (scheme?: 'light') => {
      for (const chart of charts.splice(0)) chart.destroy();
      const c = readColors(host, THEME, scheme);
      // Redraws after a theme change must not replay the entrance animation.
      const animation = firstDraw && !prefersReducedMotion() ? { duration: 400 } : false;
      firstDraw = false;

      const lineChart = new Chart(line, {
        type: 'line',
        data: {
          datasets: [
            {
              label: 'Donasi terkumpul',
              data: axis.raised,
              borderColor: c.raised,
              backgroundColor: withAlpha(c.raised, 0.15),
              fill: 'origin',
              borderWidth: 3,
              pointRadius: 4,
            },
            { label: 'Target', data: axis.target, borderColor: c.target, backgroundColor: c.target, borderDash: [6, 4], borderWidth: 2, pointRadius: 0, fill: false },
            {
              label: `Batas akhir donasi (${axis.end.label})`,
              data: [{ ...axis.end, y: 0 }, axis.end],
              borderColor: c.text,
              backgroundColor: c.text,
              borderDash: [2, 3],
              borderWidth: 1.5,
              pointRadius: 0,
              fill: false,
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation,
          color: c.text,
          interaction: { mode: 'nearest', axis: 'x', intersect: false },
          scales: {
            x: dayAxis(axis, c),
            y: {
              beginAtZero: true,
              ticks: { color: c.text, callback: (value) => formatRupiahCompact(Number(value)) },
              grid: { color: c.grid },
            },
          },
          plugins: {
            // Flat keys read as the lines they stand for, dashes included.
            legend: { labels: { color: c.text, boxWidth: 28, boxHeight: 3 } },
            tooltip: {
              // Only the donation days have figures to tell; the target and end lines are read from the legend.
              filter: (item) => item.datasetIndex === 0,
              callbacks: {
                title: (items) => (items[0]?.raw as TimePoint | undefined)?.label ?? '',
                label: (item) => `${item.dataset.label ?? ''}: ${formatRupiahCompact(item.parsed.y ?? 0)}`,
              },
            },
          },
        },
      });
      charts.push(lineChart);
      const points = lineChart.getDatasetMeta(0).data;
      line.dataset['points'] = String(points.length);
      line.dataset['pointX'] = JSON.stringify(points.map((p) => Math.round(p.getProps(['x'], true)['x'] * 10) / 10));

      const doughnut = doughnutCanvas.current;
      if (doughnut) {
        const allocation = allocationChartData(allocations, { colors: [c.slice1, c.slice2, c.slice3, c.slice4], raised });
        const doughnutChart = new Chart(doughnut, {
          type: 'doughnut',
          data: {
            labels: allocation.labels,
            datasets: [{ ...allocation.datasets[0], borderColor: c.background, borderWidth: 2 }],
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
              animation,
            color: c.text,
            plugins: {
              legend: { position: 'bottom', labels: { color: c.text } },
              tooltip: { callbacks: { label: (item) => `${item.label}: ${formatRupiahCompact(Number(item.parsed))}` } },
            },
          },
        });
        charts.push(doughnutChart);
        doughnut.dataset['parts'] = String(doughnutChart.data.datasets[0]?.data.length ?? 0);
      }
    };

    draw();
    const stopWatching = watchTheme(draw);
    return () => {
      stopWatching();
      for (const chart of charts) chart.destroy();
    };
  }, [axis, target, raised, allocations]);

  const allocation = allocationChartData(allocations, { colors: ['currentColor'], raised });
  return (
    <div class="campaign-charts" ref={root}>
      <figure class="chart">
        <figcaption>Donasi terkumpul dari waktu ke waktu, terhadap target</figcaption>
        <div class="frame frame-line">
          <canvas ref={lineCanvas} role="img" aria-label={progressChartLabel(series, target)} aria-describedby={tableId}>
            <p>Grafik tampil bila JavaScript aktif; semua angkanya ada di tabel.</p>
          </canvas>
        </div>
      </figure>
      {allocationTableId && (
        <figure class="chart">
          <figcaption>Alokasi dana per penerima</figcaption>
          <div class="frame frame-doughnut">
            <canvas ref={doughnutCanvas} role="img" aria-label={allocationChartLabel(allocation)} aria-describedby={allocationTableId}>
              <p>Grafik tampil bila JavaScript aktif; semua angkanya ada di tabel.</p>
            </canvas>
          </div>
        </figure>
      )}
    </div>
  );
}
