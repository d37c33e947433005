import { useRef } from 'preact/hooks';
import type { HistoryEntry } from '~/lib/assessment/history';
import { historyChartSummary, historySeries, type HistoryRow } from '~/lib/assessment/historyView';
import { ChangeMark } from './ChangeMark.tsx';
import { ResultColumns } from './ResultColumns.tsx';
import type { PillarLabel } from './types.ts';
import { useLazyChart } from './useLazyChart.ts';

interface Props {
  entries: readonly HistoryEntry[];
  /** Newest first, as the table lists them. */
  rows: readonly HistoryRow[];
  pillars: readonly PillarLabel[];
  onRemove: (entry: HistoryEntry, date: string) => void;
}

/**
 * The history as a line chart and as a table with the same figures (and the change from the
 * result before each). The chart frame has a fixed aspect ratio, so drawing moves nothing.
 */
export function HistoryFigure({ entries, rows, pillars, onRemove }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const data = historySeries(entries, pillars);
  const failed = useLazyChart(
    canvas,
    async (target) => {
      const { renderHistoryChart } = await import('./historyChart.ts');
      return renderHistoryChart(target, data);
    },
    JSON.stringify(data),
  );

  return (
    <>
      <figure class="riwayat-figure">
        <figcaption>Indeks PRIMA dan skor lima pilar dari waktu ke waktu, dari 0 sampai 100.</figcaption>
        {failed ? (
          <p>Grafik tidak dapat dimuat; semua angkanya ada di tabel di bawah.</p>
        ) : (
          <div class="riwayat-frame">
            <canvas ref={canvas} role="img" aria-label={historyChartSummary(rows)} aria-describedby="riwayat-tabel" />
          </div>
        )}
      </figure>
      <div class="asesmen-scroll" role="region" aria-labelledby="riwayat-tabel-judul" tabIndex={0}>
        <table class="asesmen-data-table" id="riwayat-tabel">
          <caption id="riwayat-tabel-judul">Semua hasil, terbaru di atas, dengan perubahan dari hasil sebelumnya</caption>
          <thead>
            <tr>
              <ResultColumns first="Tanggal" pillars={pillars} />
              <th scope="col" class="no-print">
                <span class="visually-hidden">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.takenAt} data-taken-at={row.takenAt}>
                <th scope="row">{row.date}</th>
                <td data-cell="index">
                  {row.index}
                  {row.change && <ChangeMark delta={row.change.index.delta} />}
                </td>
                <td class="is-text">{row.level.name}</td>
                {pillars.map((p) => (
                  <td key={p.slug} data-cell={p.slug}>
                    {row.scores[p.slug]}
                    {row.change && <ChangeMark delta={row.change.pillars[p.slug].delta} />}
                  </td>
                ))}
                <td class="no-print">
                  <button
                    type="button"
                    class="is-quiet"
                    aria-label={`Hapus hasil ${row.date}`}
                    onClick={() => onRemove({ takenAt: row.takenAt, scores: row.scores }, row.date)}
                  >
                    Hapus
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
