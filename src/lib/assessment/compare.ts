/**
 * A result beside the one before it: the index and each pillar with how far it moved. The change
 * is written with a symbol for the eye (▲ 8, ▼ 3, =) and in words for screen readers, which read
 * the triangles inconsistently or not at all.
 */
import { PILLAR_SLUGS, type PillarSlug } from '../../vocab/taxonomy.ts';
import { overallIndex, type PillarScores } from './scoring.ts';

export interface Change {
  before: number;
  after: number;
  /** after - before; positive is better. */
  delta: number;
}

export interface Comparison {
  index: Change;
  pillars: Record<PillarSlug, Change>;
}

const change = (before: number, after: number): Change => ({ before, after, delta: after - before });

export function compareScores(before: PillarScores, after: PillarScores): Comparison {
  const pillars = Object.fromEntries(PILLAR_SLUGS.map((p) => [p, change(before[p], after[p])])) as Record<PillarSlug, Change>;
  return { index: change(overallIndex(before), overallIndex(after)), pillars };
}

/** "▲ 8", "▼ 3" or "=". */
export function changeSymbol(delta: number): string {
  if (delta > 0) return `▲ ${delta}`;
  if (delta < 0) return `▼ ${-delta}`;
  return '=';
}

/** "naik 8", "turun 3" or "tetap", for the accessible name beside the symbol. */
export function changeWords(delta: number): string {
  if (delta > 0) return `naik ${delta}`;
  if (delta < 0) return `turun ${-delta}`;
  return 'tetap';
}
