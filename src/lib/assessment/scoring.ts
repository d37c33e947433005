/**
 * Scoring of the PRIMA self-assessment. Pure and browser-safe: only types come from the schema
 * module, so an island importing this does not ship zod.
 *
 * Rounding rule (the share code depends on it):
 * 1. A reverse-scored answer counts as 6 - answer.
 * 2. A pillar's score is (mean - 1) / 4 * 100, rounded half up to an integer. It is computed in
 *    integers, 25 * (sum - n) / n, so 62.5 always becomes 63 and never 62.49999.
 * 3. The overall index is the mean of the five rounded pillar scores, rounded half up again.
 *    Averaging the rounded scores (not the raw means) lets a shared link, which carries only the
 *    five integers, reproduce exactly the index the person saw.
 */
import type { AssessmentData, Level, PillarAdvice, Statement } from '../../schemas/assessment.ts';
import { PILLAR_SLUGS, type PillarSlug } from '../../vocab/taxonomy.ts';

export type AnswerValue = 1 | 2 | 3 | 4 | 5;
/** Statement id → answer. Plain object so it serializes to storage as is. */
export type Answers = Readonly<Record<string, AnswerValue>>;
export type PillarScores = Readonly<Record<PillarSlug, number>>;

/** The fields of a statement scoring needs; a full `Statement` fits. */
export type ScoredStatement = Pick<Statement, 'id' | 'pillar' | 'reverse'>;

export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Round half up for non-negative numerator/denominator, in integers. */
function roundDiv(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function itemScore(answer: AnswerValue, reverse: boolean): AnswerValue {
  return (reverse ? 6 - answer : answer) as AnswerValue;
}

/** Maps the item scores of one pillar (each 1..5) to 0..100, rounded half up. */
export function pillarScore(itemScores: readonly number[]): number {
  const n = itemScores.length;
  if (n === 0) return 0;
  const sum = itemScores.reduce((a, b) => a + b, 0);
  return roundDiv(25 * (sum - n), n);
}

/** Mean of the five pillar scores, rounded half up. */
export function overallIndex(scores: PillarScores): number {
  const total = PILLAR_SLUGS.reduce((sum, pillar) => sum + scores[pillar], 0);
  return roundDiv(total, PILLAR_SLUGS.length);
}

export interface PillarProgress {
  answered: number;
  total: number;
}

export interface Progress {
  answered: number;
  total: number;
  complete: boolean;
  pillars: Record<PillarSlug, PillarProgress>;
}

function emptyPerPillar<T>(make: () => T): Record<PillarSlug, T> {
  return Object.fromEntries(PILLAR_SLUGS.map((p) => [p, make()])) as Record<PillarSlug, T>;
}

/** How far the person is, overall and per pillar; answers to unknown statements are ignored. */
export function progress(statements: readonly ScoredStatement[], answers: Answers): Progress {
  const pillars = emptyPerPillar<PillarProgress>(() => ({ answered: 0, total: 0 }));
  let answered = 0;
  for (const statement of statements) {
    const counts = pillars[statement.pillar];
    counts.total++;
    if (isAnswerValue(answers[statement.id])) {
      counts.answered++;
      answered++;
    }
  }
  return { answered, total: statements.length, complete: answered === statements.length, pillars };
}

/** The statements still to ask, in their original order. */
export function unanswered<S extends ScoredStatement>(statements: readonly S[], answers: Answers): S[] {
  return statements.filter((s) => !isAnswerValue(answers[s.id]));
}

export type ScoreOutcome =
  | { complete: false; progress: Progress }
  | { complete: true; progress: Progress; scores: PillarScores; index: number };

/** Scores only a finished assessment: a partial one would show a misleading figure. */
export function scoreAnswers(statements: readonly ScoredStatement[], answers: Answers): ScoreOutcome {
  const state = progress(statements, answers);
  if (!state.complete) return { complete: false, progress: state };
  const items = emptyPerPillar<number[]>(() => []);
  for (const statement of statements) {
    // `complete` has proved every answer is present and valid.
    items[statement.pillar].push(itemScore(answers[statement.id]!, statement.reverse));
  }
  const scores = Object.fromEntries(PILLAR_SLUGS.map((p) => [p, pillarScore(items[p])])) as Record<PillarSlug, number>;
  return { complete: true, progress: state, scores, index: overallIndex(scores) };
}

/** The band containing `index`; validation guarantees the bands cover 0..100 exactly. */
export function findLevel(levels: readonly Level[], index: number): Level {
  const level = levels.find((l) => index >= l.min && index <= l.max);
  if (!level) throw new RangeError(`No level covers index ${index}; were the levels validated?`);
  return level;
}

export interface PillarAdviceResult {
  pillar: PillarSlug;
  score: number;
  advice: PillarAdvice;
}

export interface AssessmentResult {
  /** Overall PRIMA index, 0..100. */
  index: number;
  scores: PillarScores;
  level: Level;
  /** All five pillars, highest score first; ties keep the P-R-I-M-A order. */
  ranking: PillarSlug[];
  /** Pillars tied at the top score; empty when all five are equal, since none then stands out. */
  strongest: PillarAdviceResult[];
  /** Pillars tied at the bottom score; empty when that score is already 100. */
  weakest: PillarAdviceResult[];
}

/**
 * Builds the full result from the five pillar scores alone, so a page opened from a share code
 * shows the same thing as the page where the person answered.
 */
export function buildResult(scores: PillarScores, data: Pick<AssessmentData, 'levels' | 'advice'>): AssessmentResult {
  const index = overallIndex(scores);
  const ranking = [...PILLAR_SLUGS].sort((a, b) => scores[b] - scores[a]);
  const top = scores[ranking[0]!];
  const bottom = scores[ranking[ranking.length - 1]!];
  const entry = (pillar: PillarSlug): PillarAdviceResult => ({ pillar, score: scores[pillar], advice: data.advice[pillar] });
  return {
    index,
    scores,
    level: findLevel(data.levels, index),
    ranking,
    strongest: top === bottom ? [] : ranking.filter((p) => scores[p] === top).map(entry),
    weakest: bottom === 100 ? [] : ranking.filter((p) => scores[p] === bottom).map(entry),
  };
}
