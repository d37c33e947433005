import { useEffect, useRef, useState } from 'preact/hooks';
import { PILLAR_SLUGS } from '~/vocab/taxonomy';
import type { PillarScores } from '~/lib/assessment/scoring';
import { formatNumber } from '~/vocab/numbers';
import type { PillarLabel } from './types';

interface Props {
  scores: PillarScores;
  pillars: readonly PillarLabel[];
}

/**
 * The radar chart beside the same figures as a table. The canvas is a picture for sighted
 * readers; the table is what screen readers and a failed chart download fall back on.
 */
export function RadarFigure({ scores, pillars }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const values = PILLAR_SLUGS.map((slug) => scores[slug]);
  const key = values.join(',');

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    // Loaded only now: Chart.js is most of the page's JavaScript and is useless before a result.
    import('./radarChart')
      .then(({ renderRadar }) => {
        if (cancelled || !canvas.current) return;
        cleanup = renderRadar(canvas.current, {
          labels: pillars.map((p) => p.name),
          values,
          seriesLabel: 'Skor',
        });
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [key]);

  const summary = pillars.map((p) => `${p.name} ${formatNumber(scores[p.slug])}`).join(', ');
  return (
    <figure class="asesmen-figure">
      {!failed && (
        <div class="asesmen-chart">
          <canvas ref={canvas} role="img" aria-label={`Grafik radar skor per pilar: ${summary}.`} />
        </div>
      )}
      <figcaption>
        {failed ? 'Grafik tidak dapat dimuat; skor tiap pilar ada di tabel ini.' : 'Skor tiap pilar, dari 0 sampai 100.'}
      </figcaption>
      <table class="asesmen-table">
        <thead>
          <tr>
            <th scope="col">Pilar</th>
            <th scope="col">Skor (0–100)</th>
          </tr>
        </thead>
        <tbody>
          {pillars.map((p) => (
            <tr key={p.slug} data-pillar-score={p.slug}>
              <th scope="row">{p.name}</th>
              <td>{formatNumber(scores[p.slug])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
