/**
 * Answers as the island keeps them: a plain `{ [statementId]: 1..5 }` object. Statements can change
 * between visits, so anything restored is merged with the current statement ids: answers whose
 * statement still exists are kept, the rest is dropped and those statements are asked again.
 */
import { isAnswerValue, type Answers, type AnswerValue } from './scoring.ts';

export interface MergedAnswers {
  answers: Answers;
  /** How many restored answers were kept. */
  kept: number;
  /** How many were dropped: unknown statement ids or values outside 1..5. */
  dropped: number;
}

/** Never throws: anything that is not an object of valid answers yields an empty set. */
export function mergeAnswers(saved: unknown, statementIds: readonly string[]): MergedAnswers {
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return { answers: {}, kept: 0, dropped: 0 };
  const known = new Set(statementIds);
  const answers: Record<string, AnswerValue> = {};
  let kept = 0;
  let dropped = 0;
  for (const [id, value] of Object.entries(saved)) {
    if (known.has(id) && isAnswerValue(value)) {
      answers[id] = value;
      kept++;
    } else dropped++;
  }
  return { answers, kept, dropped };
}

/** Returns a new object so UI state updates stay immutable. */
export function setAnswer(answers: Answers, statementId: string, value: AnswerValue): Answers {
  return { ...answers, [statementId]: value };
}
