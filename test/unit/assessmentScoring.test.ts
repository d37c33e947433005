import { describe, expect, it } from 'vitest';
import type { Level, PillarAdvice, Statement } from '~/schemas/assessment';
import {
  buildResult,
  findLevel,
  itemScore,
  overallIndex,
  pillarScore,
  progress,
  scoreAnswers,
  unanswered,
  type Answers,
  type AnswerValue,
  type PillarScores,
} from '~/lib/assessment/scoring';
import { loadAssessment } from '~/check/loadAssessment';
import { PILLAR_SLUGS, type PillarSlug } from '~/vocab/taxonomy';

// Four statements per pillar; the fourth of each is reverse-scored.
const STATEMENTS: Statement[] = PILLAR_SLUGS.flatMap((pillar) =>
  [1, 2, 3, 4].map((n) => ({ id: `${pillar}-${n}`, pillar, text: `Saya ${n}.`, reverse: n === 4 })),
);

function answerAll(perPillar: Record<PillarSlug, readonly AnswerValue[]>): Answers {
  return Object.fromEntries(PILLAR_SLUGS.flatMap((p) => perPillar[p].map((value, i) => [`${p}-${i + 1}`, value])));
}

function same(values: readonly AnswerValue[]): Record<PillarSlug, readonly AnswerValue[]> {
  return Object.fromEntries(PILLAR_SLUGS.map((p) => [p, values])) as Record<PillarSlug, readonly AnswerValue[]>;
}

const LEVELS: Level[] = [
  { min: 0, max: 39, name: 'Perlu Pembenahan', meaning: 'a' },
  { min: 40, max: 59, name: 'Berkembang', meaning: 'b' },
  { min: 60, max: 79, name: 'Cakap', meaning: 'c' },
  { min: 80, max: 100, name: 'Prima', meaning: 'd' },
];

const ADVICE = Object.fromEntries(
  PILLAR_SLUGS.map((p) => [p, { strength: `Kuat ${p}`, steps: [{ title: `Langkah ${p}`, text: 't' }] }]),
) as Record<PillarSlug, PillarAdvice>;

const scoresOf = (values: readonly number[]): PillarScores =>
  Object.fromEntries(PILLAR_SLUGS.map((p, i) => [p, values[i]])) as Record<PillarSlug, number>;

describe('itemScore', () => {
  it.each([
    [1, false, 1],
    [5, false, 5],
    [1, true, 5],
    [2, true, 4],
    [3, true, 3],
    [5, true, 1],
  ] as const)('answer %i, reverse %s → %i', (answer, reverse, expected) => {
    expect(itemScore(answer, reverse)).toBe(expected);
  });
});

describe('pillarScore', () => {
  it.each<[string, number[], number]>([
    ['all lowest', [1, 1, 1, 1], 0],
    ['all highest', [5, 5, 5, 5], 100],
    ['all middle', [3, 3, 3, 3], 50],
    ['an exact fifth', [1, 2, 2, 2, 2], 20],
    ['62.5 rounds up', [3, 3, 3, 4, 4, 4], 63],
    ['37.5 rounds up', [2, 2, 2, 3, 3, 3], 38],
    ['81.25 rounds down', [5, 4, 4, 4], 81],
    ['no items', [], 0],
  ])('%s: %j → %i', (_, items, expected) => {
    expect(pillarScore(items)).toBe(expected);
  });
});

describe('overallIndex', () => {
  it.each<[number[], number]>([
    [[0, 0, 0, 0, 0], 0],
    [[100, 100, 100, 100, 100], 100],
    [[50, 50, 50, 50, 52], 50],
    [[50, 50, 50, 51, 52], 51],
    [[0, 0, 0, 1, 2], 1],
    [[81, 50, 13, 100, 63], 61],
  ])('%j → %i', (scores, expected) => {
    expect(overallIndex(scoresOf(scores))).toBe(expected);
  });
});

describe('scoreAnswers', () => {
  describe.each<{ name: string; answers: Answers; scores: number[]; index: number; level: string }>([
    // Reverse items answered 1 score 5, so "all 1" is not the lowest pattern: the lowest is 1 on
    // ordinary items and 5 on reverse ones.
    { name: 'lowest on every item', answers: answerAll(same([1, 1, 1, 5])), scores: [0, 0, 0, 0, 0], index: 0, level: 'Perlu Pembenahan' },
    { name: 'highest on every item', answers: answerAll(same([5, 5, 5, 1])), scores: [100, 100, 100, 100, 100], index: 100, level: 'Prima' },
    { name: 'every answer 1', answers: answerAll(same([1, 1, 1, 1])), scores: [25, 25, 25, 25, 25], index: 25, level: 'Perlu Pembenahan' },
    {
      name: 'a known mixed pattern',
      answers: answerAll({
        profesional: [5, 4, 4, 2], // items 5,4,4,4 → 81.25 → 81
        responsif: [3, 3, 3, 3], // → 50
        inovatif: [2, 1, 2, 5], // items 2,1,2,1 → 12.5 → 13
        melayani: [5, 5, 5, 1], // → 100
        akuntabel: [4, 4, 3, 3], // items 4,4,3,3 → 62.5 → 63
      }),
      scores: [81, 50, 13, 100, 63],
      index: 61, // 307 / 5 = 61.4
      level: 'Cakap',
    },
  ])('$name', ({ answers, scores, index, level }) => {
    it('gives the expected pillar scores, index and level', () => {
      const outcome = scoreAnswers(STATEMENTS, answers);
      expect(outcome.complete).toBe(true);
      if (!outcome.complete) return;
      expect(outcome.scores).toEqual(scoresOf(scores));
      expect(outcome.index).toBe(index);
      expect(findLevel(LEVELS, outcome.index).name).toBe(level);
    });
  });

  it('gives no result until every statement is answered, and counts progress per pillar', () => {
    const answers = answerAll(same([3, 3, 3, 3]));
    const partial: Record<string, AnswerValue> = { ...answers };
    delete partial['inovatif-2'];
    delete partial['akuntabel-1'];
    delete partial['akuntabel-4'];
    const outcome = scoreAnswers(STATEMENTS, partial);
    expect(outcome.complete).toBe(false);
    expect(outcome).not.toHaveProperty('scores');
    expect(outcome.progress.answered).toBe(17);
    expect(outcome.progress.total).toBe(20);
    expect(outcome.progress.pillars).toEqual({
      profesional: { answered: 4, total: 4 },
      responsif: { answered: 4, total: 4 },
      inovatif: { answered: 3, total: 4 },
      melayani: { answered: 4, total: 4 },
      akuntabel: { answered: 2, total: 4 },
    });
    expect(unanswered(STATEMENTS, partial).map((s) => s.id)).toEqual(['inovatif-2', 'akuntabel-1', 'akuntabel-4']);
  });

  it('ignores answers to unknown statements and invalid values', () => {
    const answers = { ...answerAll(same([3, 3, 3, 3])), 'lama-1': 5 } as Record<string, AnswerValue>;
    answers['melayani-3'] = 7 as AnswerValue;
    const state = progress(STATEMENTS, answers);
    expect(state).toMatchObject({ answered: 19, total: 20, complete: false });
    expect(state.pillars.melayani).toEqual({ answered: 3, total: 4 });
  });
});

describe('findLevel', () => {
  it.each([
    [0, 'Perlu Pembenahan'],
    [39, 'Perlu Pembenahan'],
    [40, 'Berkembang'],
    [59, 'Berkembang'],
    [60, 'Cakap'],
    [79, 'Cakap'],
    [80, 'Prima'],
    [100, 'Prima'],
  ])('index %i → %s', (index, name) => {
    expect(findLevel(LEVELS, index).name).toBe(name);
  });

  it('refuses an index no band covers instead of guessing', () => {
    expect(() => findLevel(LEVELS, 101)).toThrow(RangeError);
  });
});

describe('buildResult', () => {
  describe.each<{ name: string; scores: number[]; strongest: PillarSlug[]; weakest: PillarSlug[]; ranking: PillarSlug[] }>([
    {
      name: 'the mixed pattern',
      scores: [81, 50, 13, 100, 63],
      strongest: ['melayani'],
      weakest: ['inovatif'],
      ranking: ['melayani', 'profesional', 'akuntabel', 'responsif', 'inovatif'],
    },
    {
      name: 'ties at both ends',
      scores: [70, 40, 70, 40, 55],
      strongest: ['profesional', 'inovatif'],
      weakest: ['responsif', 'melayani'],
      ranking: ['profesional', 'inovatif', 'akuntabel', 'responsif', 'melayani'],
    },
    {
      name: 'all equal below 100: nothing stands out, everything needs work',
      scores: [50, 50, 50, 50, 50],
      strongest: [],
      weakest: [...PILLAR_SLUGS],
      ranking: [...PILLAR_SLUGS],
    },
    { name: 'all 100: nothing to advise', scores: [100, 100, 100, 100, 100], strongest: [], weakest: [], ranking: [...PILLAR_SLUGS] },
  ])('$name', ({ scores, strongest, weakest, ranking }) => {
    it('ranks the pillars and picks advice for the weakest', () => {
      const result = buildResult(scoresOf(scores), { levels: LEVELS, advice: ADVICE });
      expect(result.ranking).toEqual(ranking);
      expect(result.strongest.map((s) => s.pillar)).toEqual(strongest);
      expect(result.weakest.map((s) => s.pillar)).toEqual(weakest);
      for (const entry of [...result.strongest, ...result.weakest]) {
        expect(entry.score).toBe(result.scores[entry.pillar]);
        expect(entry.advice.strength).toBe(`Kuat ${entry.pillar}`);
      }
    });
  });

  it('gives the mixed pattern its index and level', () => {
    const result = buildResult(scoresOf([81, 50, 13, 100, 63]), { levels: LEVELS, advice: ADVICE });
    expect(result.index).toBe(61);
    expect(result.level.name).toBe('Cakap');
    expect(result.weakest[0]?.advice.steps[0]?.title).toBe('Langkah inovatif');
  });

  it('works end to end on the real content', () => {
    const data = loadAssessment('content/asesmen');
    const lowest = Object.fromEntries(data.statements.map((s) => [s.id, s.reverse ? 5 : 1])) as Answers;
    const outcome = scoreAnswers(data.statements, lowest);
    if (!outcome.complete) throw new Error('expected a complete outcome');
    const result = buildResult(outcome.scores, data);
    expect(result.index).toBe(0);
    expect(result.level).toBe(data.levels[0]);
    expect(result.weakest).toHaveLength(5);
    expect(result.weakest[0]?.advice).toBe(data.advice.profesional);
  });
});
