/**
 * The self-assessment's state and what changes it: answers (restored from and saved to browser
 * storage), which pillar is open, which view shows (questions, one's own result, a shared result
 * from the link), notices, the screen-reader announcement and where focus goes next. Each result
 * shown is kept in the reader's history on this device, and compared with the one before it.
 * Scoring, share codes, history and storage formats stay in `~/lib/assessment`;
 * `SelfAssessment.tsx` only renders.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AssessmentData } from '~/schemas/assessment';
import { setAnswer } from '~/lib/assessment/answers';
import { loadHistory, placeInHistory, recordResult, saveHistory, type HistoryEntry } from '~/lib/assessment/history';
import { clearSavedAnswers, restoreAnswers, saveAnswers } from '~/lib/assessment/savedAnswers';
import {
  buildResult,
  progress,
  scoreAnswers,
  type AnswerValue,
  type Answers,
  type AssessmentResult,
  type PillarScores,
} from '~/lib/assessment/scoring';
import { decodeShareCodeFromSearch, encodeShareCode, SHARE_CODE_PARAM } from '~/lib/assessment/shareCode';
import { ROUTES } from '~/lib/routes';
import { createSafeStorage } from '~/lib/safeStorage';
import { storageProblemText } from '~/lib/storageNotice';
import { TEAM_ADD_PARAM } from '~/lib/assessment/team';
import type { PillarLabel } from './types.ts';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

/** What the island shows instead of the questions, if anything. */
export type Outcome =
  | { kind: 'quiz' }
  | {
      kind: 'result';
      result: AssessmentResult;
      shareUrl: string;
      /** When this result was recorded; now, when it never reached the history. */
      takenAt: Date;
      /** The result before it in the history, to compare with. */
      previous?: HistoryEntry | undefined;
    }
  | {
      kind: 'shared';
      result: AssessmentResult;
      /** The team recap, offered this result to add. */
      teamUrl: string;
    };

type View = { kind: 'quiz' } | { kind: 'result' } | { kind: 'shared'; scores: PillarScores };

function restoredNotice(kept: number, dropped: number): Notice | undefined {
  if (kept === 0 && dropped === 0) return undefined;
  const parts: string[] = [];
  if (kept > 0) parts.push(`${kept} jawaban dipulihkan dari kunjungan sebelumnya.`);
  if (dropped > 0)
    parts.push(`${dropped} jawaban lama tidak dipakai lagi karena pernyataannya sudah berubah; pernyataan yang baru ditanyakan lagi.`);
  return { tone: 'info', text: parts.join(' ') };
}

export function useAssessment(data: AssessmentData, pillars: readonly PillarLabel[]) {
  // Lazy by design: storage is first touched inside an effect, never during the server render.
  const storage = useMemo(() => createSafeStorage(), []);
  const [hydrated, setHydrated] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [view, setView] = useState<View>({ kind: 'quiz' });
  const [current, setCurrent] = useState(0);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [saved, setSaved] = useState<HistoryEntry[]>([]);
  /** The history entry the answers on screen produced, replaced if they are edited and shown again. */
  const revising = useRef<string | undefined>(undefined);
  const focusTarget = useRef<'pillar' | 'result' | null>(null);
  const pillarHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const state = progress(data.statements, answers);
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
    if (storage.problem) found.push({ tone: 'info', text: storageProblemText(storage.problem, 'jawaban') });
    setNotices(found);
    setSaved(loadHistory(storage).entries);
    setAnswers(restored.answers);
    // Left in the middle of "Ubah jawaban": back to editing, and the result will still replace the entry.
    revising.current = restored.revises;
    setCurrent(restored.revises ? 0 : firstOpenPillar(restored.answers));
    if (link.ok) setView({ kind: 'shared', scores: link.scores });
    else if (!restored.revises && scoreAnswers(data.statements, restored.answers).complete) setView({ kind: 'result' });
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
    if (!saveAnswers(storage, next, new Date(), revising.current)) {
      // Said once, the first time answers stay in memory only; a full store is called full.
      const text = storageProblemText(storage.problem ?? 'unavailable', 'jawaban');
      if (!notices.some((n) => n.text === text)) setNotices([...notices, { tone: 'error', text }]);
    }
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
    // Read again: another tab may have added a result since this page loaded.
    const next = recordResult(loadHistory(storage).entries, outcome.scores, new Date(), { replace: revising.current });
    const stored = saveHistory(storage, next);
    // The revision is done: these answers now have their own entry.
    revising.current = undefined;
    saveAnswers(storage, answers);
    setSaved(next);
    setNotices(stored.saved ? [] : [{ tone: 'error', text: storageProblemText(stored.problem, 'hasil ini di riwayat') }]);
    setView({ kind: 'result' });
    focusTarget.current = 'result';
    const result = buildResult(outcome.scores, data);
    setAnnouncement(`Hasil siap: indeks PRIMA ${result.index} dari 100, level ${result.level.name}.`);
  };

  const restart = () => {
    // A new attempt: its result is a new entry in the history, not a revision of the last one.
    revising.current = undefined;
    clearSavedAnswers(storage);
    setAnswers({});
    setNotices([]);
    setView({ kind: 'quiz' });
    setCurrent(0);
    focusTarget.current = 'pillar';
    setAnnouncement('Semua jawaban dihapus. Asesmen dimulai dari awal.');
  };

  const editAnswers = () => {
    const scored = scoreAnswers(data.statements, answers);
    // Shown again after edits, the result replaces the entry these answers made, if they made one.
    if (scored.complete) revising.current = placeInHistory(saved, scored.scores).current?.takenAt;
    // Remembered with the answers, in case the page is reloaded before the result is shown again.
    saveAnswers(storage, answers, new Date(), revising.current);
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

  let outcome: Outcome = { kind: 'quiz' };
  if (view.kind === 'shared') {
    const teamUrl = `${ROUTES.teamRecap.path}?${TEAM_ADD_PARAM}=${encodeShareCode(view.scores)}`;
    outcome = { kind: 'shared', result: buildResult(view.scores, data), teamUrl };
  } else if (view.kind === 'result') {
    const scored = scoreAnswers(data.statements, answers);
    if (scored.complete) {
      const url = new URL(location.pathname, location.origin);
      url.searchParams.set(SHARE_CODE_PARAM, encodeShareCode(scored.scores));
      const place = placeInHistory(saved, scored.scores);
      const takenAt = place.current ? new Date(place.current.takenAt) : new Date();
      outcome = { kind: 'result', result: buildResult(scored.scores, data), shareUrl: url.href, takenAt, previous: place.previous };
    }
  }

  return {
    /** False in the server render and until the first effect: the page then shows every pillar at once. */
    hydrated,
    answers,
    progress: state,
    current,
    notices,
    announcement,
    outcome,
    pillarHeading,
    resultHeading,
    goToPillar,
    answer,
    showResult,
    restart,
    editAnswers,
    startOwn,
  };
}
