/**
 * The PRIMA self-assessment island. It only renders: its state (answers, which pillar, which view,
 * storage and the share link) lives in `useAssessment`. Nothing leaves the device: answers go to
 * localStorage through the guarded helper, and the share link carries scores only.
 *
 * The first render, on the server and at hydration, shows every pillar at once, so the page reads
 * and prints without JavaScript; once hydrated it becomes a pillar-by-pillar stepper. The steps,
 * the progress bar and the status line are in that first render too, kept invisible until
 * hydration (`data-pending`), so nothing on screen moves when they come alive. `data-ready` on the
 * root marks the end of hydration; browser tests wait for it.
 */
import { useMemo } from 'preact/hooks';
import type { AssessmentData } from '~/schemas/assessment';
import { PillarSteps } from './assessment/PillarSteps.tsx';
import { ResultView } from './assessment/ResultView.tsx';
import { StatementField } from './assessment/StatementField.tsx';
import type { PillarLabel, ReadingByPillar } from './assessment/types.ts';
import { useAssessment } from './assessment/useAssessment.ts';
import './assessment/selfAssessment.css';

export interface Props {
  data: AssessmentData;
  /** The five pillars in P-R-I-M-A order. */
  pillars: PillarLabel[];
  /** A few articles per pillar, suggested when that pillar is among the weakest. */
  reading: ReadingByPillar;
}

export default function SelfAssessment({ data, pillars, reading }: Props) {
  const groups = useMemo(() => {
    let number = 0;
    return pillars.map((pillar) => ({
      pillar,
      statements: data.statements.filter((s) => s.pillar === pillar.slug).map((statement) => ({ statement, number: ++number })),
    }));
  }, [data, pillars]);
  const { hydrated, answers, progress: state, current, notices, announcement, outcome, pillarHeading, resultHeading, ...act } =
    useAssessment(data, pillars);
  const total = data.statements.length;

  const body =
    outcome.kind === 'quiz' ? undefined : (
      <ResultView
        result={outcome.result}
        pillars={pillars}
        reading={reading}
        shared={outcome.kind === 'shared'}
        shareUrl={outcome.kind === 'result' ? outcome.shareUrl : undefined}
        headingRef={resultHeading}
        onRestart={outcome.kind === 'shared' ? act.startOwn : act.restart}
        onEdit={outcome.kind === 'result' ? act.editAnswers : undefined}
        takenAt={outcome.kind === 'result' ? outcome.takenAt : undefined}
        previous={outcome.kind === 'result' ? outcome.previous : undefined}
        teamUrl={outcome.kind === 'shared' ? outcome.teamUrl : undefined}
      />
    );

  const pending = hydrated ? undefined : '';
  const noticeList = notices.map((notice) => (
    <p key={notice.text} class={`asesmen-notice is-${notice.tone}`}>
      {notice.text}
    </p>
  ));
  return (
    <div class="asesmen" data-ready={hydrated ? '' : undefined}>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {body ? (
        <>
          <div class="asesmen-notices" role="status">
            {noticeList}
          </div>
          {body}
        </>
      ) : (
        <div class="asesmen-quiz">
          <PillarSteps pillars={pillars} current={current} progress={state} onSelect={act.goToPillar} pending={!hydrated} />
          <div class="asesmen-progress" data-pending={pending}>
            <label for="asesmen-kemajuan">
              Terjawab {state.answered} dari {total} pernyataan
            </label>
            <progress id="asesmen-kemajuan" value={state.answered} max={total} />
          </div>
          {/* A restored or refused store is said here, in a line that is already in place, not above the quiz. */}
          <div class="asesmen-notices is-inline" role="status">
            {noticeList.length > 0 ? noticeList : <p class="asesmen-notice is-quiet" data-pending={pending}>
                Jawaban tersimpan otomatis di peramban ini saja.
              </p>}
          </div>
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
                <p class="asesmen-pillar-count" data-pending={pending}>
                  {counts.answered} dari {counts.total} pernyataan di pilar ini sudah terjawab.
                </p>
                {statements.map(({ statement, number }) => (
                  <StatementField
                    key={statement.id}
                    statement={statement}
                    number={number}
                    total={total}
                    scale={data.scale}
                    value={answers[statement.id]}
                    onAnswer={act.answer}
                  />
                ))}
              </section>
            );
          })}
          {hydrated ? (
            <div class="asesmen-nav">
              {current > 0 && (
                <button type="button" onClick={() => act.goToPillar(current - 1)}>
                  ← Pilar sebelumnya
                </button>
              )}
              {current < pillars.length - 1 && (
                <button type="button" class="is-primary" onClick={() => act.goToPillar(current + 1)}>
                  Pilar berikutnya: {pillars[current + 1]!.name} →
                </button>
              )}
              {(current === pillars.length - 1 || state.complete) && (
                <button type="button" class="is-primary" onClick={act.showResult}>
                  Lihat hasil
                </button>
              )}
              {state.answered > 0 && (
                <button type="button" class="is-quiet" onClick={act.restart}>
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
