/**
 * Checking five pillar scores that come from outside the page: saved history, an imported file.
 * Read field by field into a fresh object, so nothing but the five integers survives.
 */
import { PILLAR_SLUGS, type PillarSlug } from '../../vocab/taxonomy.ts';
import type { PillarScores } from './scoring.ts';

export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

export type ScoresRead = { ok: true; scores: PillarScores } | { ok: false; pillar?: PillarSlug };

/** `pillar` names the first bad score; absent when the value is not an object at all. */
export function readPillarScores(value: unknown): ScoresRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false };
  const scores = {} as Record<PillarSlug, number>;
  for (const pillar of PILLAR_SLUGS) {
    const score: unknown = Object.hasOwn(value, pillar) ? (value as Record<string, unknown>)[pillar] : undefined;
    if (!isScore(score)) return { ok: false, pillar };
    scores[pillar] = score;
  }
  return { ok: true, scores };
}

export function sameScores(a: PillarScores, b: PillarScores): boolean {
  return PILLAR_SLUGS.every((pillar) => a[pillar] === b[pillar]);
}
