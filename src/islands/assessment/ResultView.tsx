import { useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { compareScores } from '~/lib/assessment/compare';
import type { HistoryEntry } from '~/lib/assessment/history';
import type { AssessmentResult } from '~/lib/assessment/scoring';
import { formatDate } from '~/vocab/dates';
import type { PillarSlug } from '~/vocab/taxonomy';
import { formatNumber } from '~/vocab/numbers';
import { AdviceCard } from './AdviceCard.tsx';
import { ChangeMark } from './ChangeMark.tsx';
import { RadarFigure } from './RadarFigure.tsx';
import { RetakeReminder } from './RetakeReminder.tsx';
import type { PillarLabel, ReadingByPillar } from './types.ts';

interface Props {
  result: AssessmentResult;
  pillars: readonly PillarLabel[];
  reading: ReadingByPillar;
  /** Opened from someone's link: read-only, no share box. */
  shared: boolean;
  /** The link to this result; absent when shared. */
  shareUrl?: string | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onRestart: () => void;
  /** Back to the questions with every answer kept; absent when shared. */
  onEdit?: (() => void) | undefined;
  /** When one's own result was taken, for the retake reminder; absent when shared. */
  takenAt?: Date | undefined;
  /** One's own result before this one, shown beside it. */
  previous?: HistoryEntry | undefined;
  /** A shared result: the team recap page, ready to add it. */
  teamUrl?: string | undefined;
}

export function ResultView({ result, pillars, reading, shared, shareUrl, headingRef, onRestart, onEdit, takenAt, previous, teamUrl }: Props) {
  const nameOf = (slug: PillarSlug) => pillars.find((p) => p.slug === slug)?.name ?? slug;
  const before = previous && { scores: previous.scores, date: formatDate(new Date(previous.takenAt)) };
  const change = previous && compareScores(previous.scores, result.scores);
  return (
    <section class="asesmen-result" aria-labelledby="asesmen-hasil-judul" data-result>
      <h2 id="asesmen-hasil-judul" tabIndex={-1} ref={headingRef}>
        {shared ? 'Hasil asesmen yang dibagikan' : 'Hasil asesmen Anda'}
      </h2>
      {shared && (
        <p class="asesmen-shared-note">
          Ini tampilan baca-saja dari hasil yang dibagikan lewat tautan. Tautan itu hanya memuat skor lima pilar, tanpa jawaban
          dan tanpa nama.
        </p>
      )}

      <div class="asesmen-summary">
        <p class="asesmen-index">
          <span class="asesmen-index-label">Indeks PRIMA</span>
          <span class="asesmen-index-value" data-result-index>
            {formatNumber(result.index)}
          </span>
          <span class="asesmen-index-max">dari 100</span>
        </p>
        <div>
          <p class="asesmen-level">
            Level: <strong data-result-level>{result.level.name}</strong>
          </p>
          <p data-result-meaning>{result.level.meaning}</p>
          {before && change && (
            <p data-result-change>
              Hasil sebelumnya, {before.date}: indeks {formatNumber(change.index.before)}. Sekarang
              <ChangeMark delta={change.index.delta} />.
            </p>
          )}
        </div>
      </div>

      <RadarFigure scores={result.scores} pillars={pillars} previous={before} />

      {result.strongest.length > 0 ? (
        <section aria-labelledby="asesmen-terkuat" class="asesmen-block">
          <h3 id="asesmen-terkuat">Pilar terkuat</h3>
          <ul class="asesmen-strong" data-result-strongest>
            {result.strongest.map(({ pillar, score, advice }) => (
              <li key={pillar} data-pillar={pillar}>
                <strong>
                  {nameOf(pillar)} ({formatNumber(score)})
                </strong>
                : {advice.strength}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="asesmen-block">Kelima pilar Anda sama kuat; tidak ada yang menonjol atau tertinggal.</p>
      )}

      {result.weakest.length > 0 && (
        <section aria-labelledby="asesmen-terlemah" class="asesmen-block" data-result-weakest>
          <h3 id="asesmen-terlemah">Yang perlu dikembangkan</h3>
          {result.weakest.map(({ pillar, score, advice }) => (
            <AdviceCard
              key={pillar}
              id={`asesmen-saran-${pillar}`}
              pillar={pillar}
              heading={`${nameOf(pillar)} (${formatNumber(score)})`}
              steps={advice.steps}
              reading={reading[pillar]}
              readingIntro={`Bacaan tentang pilar ${nameOf(pillar)}:`}
            />
          ))}
        </section>
      )}

      {shareUrl && <ShareBox url={shareUrl} />}
      {takenAt && <RetakeReminder takenAt={takenAt} />}

      <div class="asesmen-actions no-print">
        <button type="button" onClick={() => print()}>
          Cetak atau simpan PDF
        </button>
        {onEdit && (
          <button type="button" onClick={onEdit}>
            Ubah jawaban
          </button>
        )}
        <button type="button" onClick={onRestart}>
          {shared ? 'Mulai asesmen Anda sendiri' : 'Ulangi asesmen'}
        </button>
        {teamUrl && (
          <a class="button" href={teamUrl}>
            Tambahkan ke rekap tim
          </a>
        )}
      </div>

      <p class="asesmen-disclaimer">
        Asesmen ini alat bercermin untuk diri sendiri, bukan penilaian resmi kinerja atau kompetensi ASN.
      </p>
    </section>
  );
}

/** The link carries the five scores only, so it can be sent to a mentor without exposing answers. */
function ShareBox({ url }: { url: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Tautan disalin.');
    } catch {
      // Clipboard access can be refused; leave the link selected for Ctrl+C instead.
      input.current?.select();
      setStatus('Tautan sudah dipilih; salin dengan Ctrl+C atau menu salin.');
    }
  };
  return (
    <section aria-labelledby="asesmen-bagikan" class="asesmen-block asesmen-share no-print">
      <h3 id="asesmen-bagikan">Bagikan hasil</h3>
      <p id="asesmen-bagikan-catatan">
        Tautan ini hanya memuat skor lima pilar, tanpa jawaban dan tanpa nama. Siapa pun yang membukanya melihat hasil ini
        dalam mode baca-saja.
      </p>
      <div class="asesmen-share-row">
        <label for="asesmen-tautan" class="visually-hidden">
          Tautan hasil
        </label>
        <input
          id="asesmen-tautan"
          ref={input}
          type="url"
          readOnly
          value={url}
          aria-describedby="asesmen-bagikan-catatan"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Salin tautan
        </button>
      </div>
      <p role="status" class="asesmen-share-status">
        {status}
      </p>
    </section>
  );
}
