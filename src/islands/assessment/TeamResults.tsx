import { useRef } from 'preact/hooks';
import type { Level, PillarAdvice } from '~/schemas/assessment';
import type { PillarSlug } from '~/vocab/taxonomy';
import { findLevel } from '~/lib/assessment/scoring';
import type { Spread, TeamRecap, ValidLine } from '~/lib/assessment/team';
import { formatDate } from '~/vocab/dates';
import { formatNumber } from '~/vocab/numbers';
import { AdviceCard } from './AdviceCard.tsx';
import { ResultColumns } from './ResultColumns.tsx';
import type { PillarLabel, ReadingByPillar } from './types.ts';
import { useLazyChart } from './useLazyChart.ts';

/** Team averages carry one decimal ("63,5"); a whole number shows none ("65"). */
const formatAverage = (value: number) => formatNumber(value, 1);

interface SummaryProps {
  recap: TeamRecap;
  pillars: readonly PillarLabel[];
  levels: readonly Level[];
  advice: Record<PillarSlug, PillarAdvice>;
  reading: ReadingByPillar;
}

/** The recap proper: index, chart and table of every pillar, strongest and weakest, and advice for a discussion. */
export function TeamSummary({ recap, pillars, levels, advice, reading }: SummaryProps) {
  const nameOf = (slug: PillarSlug) => pillars.find((p) => p.slug === slug)?.name ?? slug;
  return (
    <div class="tim-recap" data-team-recap>
      <p class="tim-made">
        Rekap dari {recap.count} hasil, dibuat {formatDate(new Date())}. Tautan hasil tidak memuat nama atau jawaban.
      </p>
      <div class="asesmen-summary">
        <p class="asesmen-index">
          <span class="asesmen-index-label">Indeks rata-rata tim</span>
          <span class="asesmen-index-value" data-team-index>
            {formatAverage(recap.index.average)}
          </span>
          <span class="asesmen-index-max">dari 100</span>
        </p>
        <div>
          <p class="asesmen-level">
            Level: <strong data-team-level>{recap.level.name}</strong>
          </p>
          <p>
            Indeks anggota tim berkisar dari <span data-team-index-range>{formatNumber(recap.index.lowest)}–{formatNumber(recap.index.highest)}</span>.
          </p>
        </div>
      </div>

      <TeamFigure recap={recap} pillars={pillars} levels={levels} />

      <section class="asesmen-block" aria-labelledby="tim-terkuat">
        <h3 id="tim-terkuat">Kekuatan tim</h3>
        {recap.strongest.length > 0 ? (
          <p data-team-strongest={recap.strongest.join(' ')}>
            Rata-rata tertinggi: {recap.strongest.map((p) => `${nameOf(p)} (${formatAverage(recap.pillars[p].average)})`).join(', ')}. Ajak
            rekan yang kuat di pilar ini berbagi kebiasaan kerjanya.
          </p>
        ) : (
          <p>Kelima pilar tim sama kuat rata-ratanya; tidak ada yang menonjol atau tertinggal.</p>
        )}
      </section>

      {recap.weakest.length > 0 && (
        <section class="asesmen-block" aria-labelledby="tim-diskusi" data-team-weakest={recap.weakest.join(' ')}>
          <h3 id="tim-diskusi">Bahan diskusi tim</h3>
          <p>
            Rata-rata terendah ada di pilar {recap.weakest.map((p) => `${nameOf(p)} (${formatAverage(recap.pillars[p].average)})`).join(', ')}.
            Bahas bersama: langkah mana di bawah ini yang bisa dicoba tim dalam tiga bulan ke depan, dan siapa yang mengawalnya?
          </p>
          {recap.weakest.map((pillar) => (
            <AdviceCard
              key={pillar}
              id={`tim-saran-${pillar}`}
              pillar={pillar}
              heading={nameOf(pillar)}
              steps={advice[pillar].steps}
              reading={reading[pillar]}
              readingIntro="Bacaan untuk dibahas bersama:"
            />
          ))}
        </section>
      )}

      <div class="asesmen-actions no-print">
        <button type="button" onClick={() => print()}>
          Cetak rekap
        </button>
      </div>
    </div>
  );
}

/** The radar of average, lowest and highest, twinned with a table of every figure. */
function TeamFigure({ recap, pillars, levels }: { recap: TeamRecap; pillars: readonly PillarLabel[]; levels: readonly Level[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pick = (key: 'average' | 'lowest' | 'highest') => pillars.map((p) => recap.pillars[p.slug][key]);
  const outlines = [
    { label: 'Rata-rata tim', values: pick('average'), style: 'solid' as const },
    { label: 'Terendah', values: pick('lowest'), style: 'dashed' as const },
    { label: 'Tertinggi', values: pick('highest'), style: 'dotted' as const },
  ];
  const failed = useLazyChart(
    canvas,
    async (target) => {
      const { renderRadar } = await import('./radarChart.ts');
      return renderRadar(
        target,
        pillars.map((p) => p.name),
        outlines,
      );
    },
    JSON.stringify(outlines),
  );
  const label = `Grafik radar skor tim per pilar: garis penuh rata-rata, garis putus-putus terendah, garis titik-titik tertinggi. ${pillars
    .map((p) => `${p.name} rata-rata ${formatAverage(recap.pillars[p.slug].average)}`)
    .join(', ')}.`;
  const row = (name: string, spread: Spread, key: string) => (
    <tr key={key} data-team-row={key}>
      <th scope="row">{name}</th>
      <td data-cell="average">{formatAverage(spread.average)}</td>
      <td data-cell="lowest">{formatNumber(spread.lowest)}</td>
      <td data-cell="highest">{formatNumber(spread.highest)}</td>
      {spread.perLevel.map((count, i) => (
        <td key={levels[i]!.name} data-cell={`level-${i}`}>
          {count}
        </td>
      ))}
    </tr>
  );
  return (
    <div class="tim-figure-row">
      <figure class="tim-figure">
        <figcaption>Rata-rata, terendah, dan tertinggi tiap pilar, dari 0 sampai 100.</figcaption>
        {failed ? (
          <p>Grafik tidak dapat dimuat; semua angkanya ada di tabel.</p>
        ) : (
          <div class="tim-frame">
            <canvas ref={canvas} role="img" aria-label={label} aria-describedby="tim-tabel" />
          </div>
        )}
      </figure>
      <div class="asesmen-scroll" role="region" aria-labelledby="tim-tabel-judul" tabIndex={0}>
        <table class="asesmen-data-table" id="tim-tabel">
          <caption id="tim-tabel-judul">Skor tim per pilar, dan berapa orang di tiap level</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Pilar
              </th>
              <th scope="col" rowSpan={2}>
                Rata-rata
              </th>
              <th scope="col" rowSpan={2}>
                Terendah
              </th>
              <th scope="col" rowSpan={2}>
                Tertinggi
              </th>
              <th scope="colgroup" colSpan={levels.length}>
                Jumlah orang per level
              </th>
            </tr>
            <tr>
              {levels.map((l) => (
                <th scope="col" key={l.name}>
                  {l.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pillars.map((p) => row(p.name, recap.pillars[p.slug], p.slug))}
            {row('Indeks PRIMA', recap.index, 'indeks')}
          </tbody>
        </table>
      </div>
      <p class="tim-help">Level tiap pilar memakai batas yang sama dengan indeks: {levels.map((l) => `${l.name} ${l.min}–${l.max}`).join(', ')}.</p>
    </div>
  );
}

interface IndividualsProps {
  valid: readonly ValidLine[];
  pillars: readonly PillarLabel[];
  levels: readonly Level[];
}

/** Each result on its own, shown only after the leader has agreed that this reveals individuals. */
export function TeamIndividuals({ valid, pillars, levels }: IndividualsProps) {
  return (
    <div class="asesmen-scroll" role="region" aria-labelledby="tim-perorangan-judul" tabIndex={0} data-team-individuals>
      <table class="asesmen-data-table">
        <caption id="tim-perorangan-judul">Hasil satu per satu, menurut baris di daftar</caption>
        <thead>
          <tr>
            <ResultColumns first="Baris" pillars={pillars} />
          </tr>
        </thead>
        <tbody>
          {valid.map((v) => (
            <tr key={v.line}>
              <th scope="row">{v.line}</th>
              <td>{formatNumber(v.index)}</td>
              <td class="is-text">{findLevel(levels, v.index).name}</td>
              {pillars.map((p) => (
                <td key={p.slug}>{formatNumber(v.scores[p.slug])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
