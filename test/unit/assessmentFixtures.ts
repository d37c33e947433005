/** Small builders shared by the assessment tests. */
import type { HistoryEntry } from '~/lib/assessment/history';
import type { PillarScores } from '~/lib/assessment/scoring';
import { PILLAR_SLUGS, type PillarSlug } from '~/vocab/taxonomy';

/** Five scores in P-R-I-M-A order. */
export const scoresOf = (values: readonly number[]): PillarScores =>
  Object.fromEntries(PILLAR_SLUGS.map((p, i) => [p, values[i]])) as Record<PillarSlug, number>;

export const entry = (takenAt: string, values: readonly number[]): HistoryEntry => ({ takenAt, scores: scoresOf(values) });

/** One entry a day from 1 January 2021, for filling a history to its limit. */
export const dailyEntries = (count: number, values: (i: number) => number[]): HistoryEntry[] =>
  Array.from({ length: count }, (_, i) => entry(new Date(Date.UTC(2021, 0, 1 + i)).toISOString(), values(i)));
