import { useRef } from 'preact/hooks';
import { PILLAR_SLUGS } from '~/vocab/taxonomy';
import { compareScores } from '~/lib/assessment/compare';
import type { PillarScores } from '~/lib/assessment/scoring';
import { formatNumber } from '~/vocab/numbers';
import { ChangeMark } from './ChangeMark.tsx';
import type { Outline } from './radarChart.ts';
import type { PillarLabel } from './types.ts';
import { useLazyChart } from './useLazyChart.ts';

interface Props {
  scores: PillarScores;
  pillars: readonly PillarLabel[];
  /** The result before this one, drawn as a second, dashed outline and listed in the table. */
  previous?: { scores: PillarScores; date: string } | undefined;
}

/**
 * The radar chart beside the same figures as a table. The canvas is a picture for sighted
 * readers; the table is what screen readers and a failed chart download fall back on. With a
 * previous result, both carry it: a dashed outline with square points, and two more columns.
 */
export function RadarFigure({ scores, pillars, previous }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const outlines: Outline[] = [{ label: previous ? 'Hasil ini' : 'Skor', values: PILLAR_SLUGS.map((slug) => scores[slug]), style: 'solid' }];
  if (previous) outlines.push({ label: `Sebelumnya (${previous.date})`, values: PILLAR_SLUGS.map((slug) => previous.scores[slug]), style: 'dashed' });
  // Loaded only now: Chart.js is most of the page's JavaScript and is useless before a result.
  const failed = useLazyChart(
    canvas,
    async (target) => (await import('./radarChart.ts')).renderRadar(target, pillars.map((p) => p.name), outlines),
    JSON.stringify(outlines),
  );

  const change = previous && compareScores(previous.scores, scores);
  const summary = pillars
    .map((p) => `${p.name} ${formatNumber(scores[p.slug])}${previous ? ` (sebelumnya ${formatNumber(previous.scores[p.slug])})` : ''}`)
    .join(', ');
  const label = previous
    ? `Grafik radar skor per pilar, hasil ini bergaris penuh dan hasil ${previous.date} bergaris putus-putus: ${summary}.`
    : `Grafik radar skor per pilar: ${summary}.`;
  return (
    <figure class="asesmen-figure">
      {!failed && (
        <div class="asesmen-chart">
          <canvas ref={canvas} role="img" aria-label={label} />
        </div>
      )}
      <figcaption>
        {failed ? 'Grafik tidak dapat dimuat; skor tiap pilar ada di tabel ini.' : 'Skor tiap pilar, dari 0 sampai 100.'}
        {!failed && previous && ' Garis penuh: hasil ini; garis putus-putus: hasil sebelumnya.'}
      </figcaption>
      <table class="asesmen-table">
        <thead>
          <tr>
            <th scope="col">Pilar</th>
            <th scope="col">{previous ? 'Sekarang' : 'Skor (0–100)'}</th>
            {previous && <th scope="col">Sebelumnya</th>}
          </tr>
        </thead>
        <tbody>
          {pillars.map((p) => (
            <tr key={p.slug} data-pillar-score={p.slug}>
              <th scope="row">{p.name}</th>
              <td data-cell="now">
                {formatNumber(scores[p.slug])}
                {change && <ChangeMark delta={change.pillars[p.slug].delta} />}
              </td>
              {previous && <td data-cell="before">{formatNumber(previous.scores[p.slug])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
