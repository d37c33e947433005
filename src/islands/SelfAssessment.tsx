/**
 * The PRIMA self-assessment island. It holds UI state only (answers, which pillar, which view)
 * and leaves scoring, share codes and storage to `~/lib/assessment`. Nothing leaves the device:
 * answers go to localStorage through the guarded helper, and the share link carries scores only.
 *
 * The first render, on the server and at hydration, shows every pillar at once, so the page reads
 * and prints without JavaScript; once hydrated it becomes a pillar-by-pillar stepper.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AssessmentData } from '~/schemas/assessment';
import { setAnswer } from '~/lib/assessment/answers';
import { clearSavedAnswers, restoreAnswers, saveAnswers } from '~/lib/assessment/savedAnswers';
import { buildResult, progress, scoreAnswers, type Answers, type AnswerValue, type PillarScores } from '~/lib/assessment/scoring';
import { decodeShareCodeFromSearch, encodeShareCode, SHARE_CODE_PARAM } from '~/lib/assessment/shareCode';
import { createSafeStorage } from '~/lib/safeStorage';
import { PillarSteps } from './assessment/PillarSteps';
import { ResultView } from './assessment/ResultView';
import { StatementField } from './assessment/StatementField';
import type { PillarLabel, ReadingByPillar } from './assessment/types';
import './assessment/selfAssessment.css';

export interface Props {
  data: AssessmentData;
  /** The five pillars in P-R-I-M-A order. */
  pillars: PillarLabel[];
  /** A few articles per pillar, suggested when that pillar is among the weakest. */
  reading: ReadingByPillar;
}

type View = { kind: 'quiz' } | { kind: 'result' } | { kind: 'shared'; scores: PillarScores };
type FocusTarget = 'pillar' | 'result';
interface Notice {
  tone: 'info' | 'error';
  text: string;
}

function restoredNotice(kept: number, dropped: number): Notice | undefined {
  if (kept === 0 && dropped === 0) return undefined;
  const parts: string[] = [];
  if (kept > 0) parts.push(`${kept} jawaban dipulihkan dari kunjungan sebelumnya.`);
  if (dropped > 0)
    parts.push(`${dropped} jawaban lama tidak dipakai lagi karena pernyataannya sudah berubah; pernyataan yang baru ditanyakan lagi.`);
  return { tone: 'info', text: parts.join(' ') };
}

export default function SelfAssessment({ data, pillars, reading }: Props) {
  // Lazy by design: storage is first touched inside an effect, never during the server render.
  const storage = useMemo(() => createSafeStorage(), []);
  const groups = useMemo(() => {
    let number = 0;
    return pillars.map((pillar) => ({
      pillar,
      statements: data.statements.filter((s) => s.pillar === pillar.slug).map((statement) => ({ statement, number: ++number })),
    }));
  }, [data, pillars]);

  const [hydrated, setHydrated] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [view, setView] = useState<View>({ kind: 'quiz' });
  const [current, setCurrent] = useState(0);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const focusTarget = useRef<FocusTarget | null>(null);
  const pillarHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const state = progress(data.statements, answers);
  const total = data.statements.length;
  const firstOpenPillar = (given: Answers) => {
    const open = progress(data.statements, given);
    const index = pillars.findIndex((p) => open.pillars[p.slug].answered < open.pillars[p.slug].total);
    return index === -1 ? pillars.length - 1 : index;
  };

  useEffect(() => {
    setHydrated(true);
    const found: Notice[] = [];
    const link = decodeShareCodeFromSearch(location.search);
    const restored = restoreAnswers(storage, data.statements.map((s) => s.id));
    if (!link.ok && link.error !== 'empty')
      found.push({
        tone: 'error',
        text: 'Maaf, tautan hasil tidak valid: mungkin terpotong atau salah ketik. Anda tetap bisa mengisi asesmen sendiri di bawah ini.',
      });
    const restoredMessage = restoredNotice(restored.kept, restored.dropped);
    if (restoredMessage) found.push(restoredMessage);
    if (!storage.persistent)
      found.push({ tone: 'info', text: 'Peramban ini tidak mengizinkan penyimpanan, jadi jawaban hanya bertahan selama halaman ini terbuka.' });
    setNotices(found);
    setAnswers(restored.answers);
    setCurrent(firstOpenPillar(restored.answers));
    if (link.ok) setView({ kind: 'shared', scores: link.scores });
    else if (scoreAnswers(data.statements, restored.answers).complete) setView({ kind: 'result' });
  }, []);

  // Runs after every render, so focus lands on an element that is already on the page.
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target === 'pillar') pillarHeading.current?.focus();
    else if (target === 'result') resultHeading.current?.focus();
  });

  const goToPillar = (index: number) => {
    setCurrent(index);
    focusTarget.current = 'pillar';
    const pillar = pillars[index]!;
    const counts = state.pillars[pillar.slug];
    setAnnouncement(`Pilar ${pillar.name}: ${counts.answered} dari ${counts.total} pernyataan terjawab.`);
  };

  const answer = (id: string, value: AnswerValue) => {
    const next = setAnswer(answers, id, value);
    setAnswers(next);
    saveAnswers(storage, next);
    const now = progress(data.statements, next);
    const pillar = pillars[current]!;
    const counts = now.pillars[pillar.slug];
    setAnnouncement(
      `${pillar.name}: ${counts.answered} dari ${counts.total} terjawab. Total ${now.answered} dari ${now.total}.` +
        (now.complete ? ' Semua pernyataan terjawab; hasil siap dilihat.' : ''),
    );
  };

  const showResult = () => {
    const outcome = scoreAnswers(data.statements, answers);
    if (!outcome.complete) {
      const index = firstOpenPillar(answers);
      const left = outcome.progress.total - outcome.progress.answered;
      setCurrent(index);
      focusTarget.current = 'pillar';
      setNotices([{ tone: 'info', text: `Masih ada ${left} pernyataan yang belum dijawab, mulai dari pilar ${pillars[index]!.name}.` }]);
      return;
    }
    setNotices([]);
    setView({ kind: 'result' });
    focusTarget.current = 'result';
    const result = buildResult(outcome.scores, data);
    setAnnouncement(`Hasil siap: indeks PRIMA ${result.index} dari 100, level ${result.level.name}.`);
  };

  const restart = () => {
    clearSavedAnswers(storage);
    setAnswers({});
    setNotices([]);
    setView({ kind: 'quiz' });
    setCurrent(0);
    focusTarget.current = 'pillar';
    setAnnouncement('Semua jawaban dihapus. Asesmen dimulai dari awal.');
  };

  const editAnswers = () => {
    setView({ kind: 'quiz' });
    setCurrent(0);
    focusTarget.current = 'pillar';
  };

  /** From someone else's result to one's own: drop the code from the address so a reload stays here. */
  const startOwn = () => {
    const url = new URL(location.href);
    url.searchParams.delete(SHARE_CODE_PARAM);
    history.replaceState(history.state, '', url);
    setNotices([]);
    setView({ kind: 'quiz' });
    setCurrent(firstOpenPillar(answers));
    focusTarget.current = 'pillar';
  };

  let body;
  if (view.kind === 'shared') {
    body = (
      <ResultView
        result={buildResult(view.scores, data)}
        pillars={pillars}
        reading={reading}
        shared
        headingRef={resultHeading}
        onRestart={startOwn}
      />
    );
  } else if (view.kind === 'result') {
    const outcome = scoreAnswers(data.statements, answers);
    if (outcome.complete) {
      const url = new URL(location.pathname, location.origin);
      url.searchParams.set(SHARE_CODE_PARAM, encodeShareCode(outcome.scores));
      body = (
        <ResultView
          result={buildResult(outcome.scores, data)}
          pillars={pillars}
          reading={reading}
          shared={false}
          shareUrl={url.href}
          headingRef={resultHeading}
          onRestart={restart}
          onEdit={editAnswers}
        />
      );
    }
  }

  return (
    <div class="asesmen">
      <div class="asesmen-notices" role="status">
        {notices.map((notice) => (
          <p key={notice.text} class={`asesmen-notice is-${notice.tone}`}>
            {notice.text}
          </p>
        ))}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {body ?? (
        <div class="asesmen-quiz">
          {hydrated && (
            <>
              <PillarSteps pillars={pillars} current={current} progress={state} onSelect={goToPillar} />
              <div class="asesmen-progress">
                <label for="asesmen-kemajuan">
                  Terjawab {state.answered} dari {total} pernyataan
                </label>
                <progress id="asesmen-kemajuan" value={state.answered} max={total} />
              </div>
            </>
          )}
          <p class="asesmen-prompt">{data.scale.prompt}</p>
          {groups.map(({ pillar, statements }, index) => {
            const counts = state.pillars[pillar.slug];
            return (
              <section
                key={pillar.slug}
                class={hydrated && index !== current ? 'asesmen-pillar is-inactive' : 'asesmen-pillar'}
                aria-labelledby={`asesmen-pilar-${pillar.slug}`}
              >
                <h2 id={`asesmen-pilar-${pillar.slug}`} tabIndex={-1} ref={index === current ? pillarHeading : null}>
                  <span class="asesmen-pillar-step">
                    Pilar {index + 1} dari {pillars.length}
                  </span>{' '}
                  {pillar.name}
                </h2>
                {hydrated && (
                  <p class="asesmen-pillar-count">
                    {counts.answered} dari {counts.total} pernyataan di pilar ini sudah terjawab.
                  </p>
                )}
                {statements.map(({ statement, number }) => (
                  <StatementField
                    key={statement.id}
                    statement={statement}
                    number={number}
                    total={total}
                    scale={data.scale}
                    value={answers[statement.id]}
                    onAnswer={answer}
                  />
                ))}
              </section>
            );
          })}
          {hydrated ? (
            <div class="asesmen-nav">
              {current > 0 && (
                <button type="button" onClick={() => goToPillar(current - 1)}>
                  ← Pilar sebelumnya
                </button>
              )}
              {current < pillars.length - 1 && (
                <button type="button" class="is-primary" onClick={() => goToPillar(current + 1)}>
                  Pilar berikutnya: {pillars[current + 1]!.name} →
                </button>
              )}
              {(current === pillars.length - 1 || state.complete) && (
                <button type="button" class="is-primary" onClick={showResult}>
                  Lihat hasil
                </button>
              )}
              {state.answered > 0 && (
                <button type="button" class="is-quiet" onClick={restart}>
                  Hapus semua jawaban
                </button>
              )}
            </div>
          ) : (
            <p class="asesmen-nojs">Skor dihitung di peramban Anda. Bila hasil tidak muncul, pastikan JavaScript aktif.</p>
          )}
        </div>
      )}
    </div>
  );
}
