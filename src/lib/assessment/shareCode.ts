/**
 * A result as a short code for a link (`?hasil=1…`), carrying only the five pillar scores: no
 * answers and nothing personal. The overall index, level and advice are recomputed from the scores.
 *
 * Version 1 is 13 characters of [0-9a-z], safe in a URL without escaping:
 *   "1"            format version
 *   5 × 2 chars    each pillar score 0..100 in base 36, in P-R-I-M-A order
 *   2 chars        checksum (FNV-1a of the first 11 characters, mod 36²), so a mistyped or
 *                  edited link is told apart from a real result
 * Decoding never throws: a typed failure lets the page say "tautan hasil tidak valid".
 */
import { PILLAR_SLUGS, type PillarSlug } from '../../vocab/taxonomy.ts';
import { isScore } from './pillarScores.ts';
import type { PillarScores } from './scoring.ts';

export const SHARE_CODE_VERSION = '1';
export const SHARE_CODE_PARAM = 'hasil';
const DIGITS = 2;
const CODE_LENGTH = 1 + PILLAR_SLUGS.length * DIGITS + DIGITS;
const PAIR_RANGE = 36 ** DIGITS;
const CODE_RE = /^[0-9a-z]+$/;

export type ShareCodeError =
  /** Nothing given (missing query parameter or blank). */
  | 'empty'
  /** Wrong length or characters outside [0-9a-z]: garbled or truncated. */
  | 'format'
  /** A version this site does not know. */
  | 'version'
  /** Well-formed but the checksum disagrees: mistyped or edited. */
  | 'checksum'
  /** Checksum right but a score outside 0..100: crafted on purpose. */
  | 'range';

export type DecodedShareCode = { ok: true; scores: PillarScores } | { ok: false; error: ShareCodeError };

function checksum(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % PAIR_RANGE).toString(36).padStart(DIGITS, '0');
}

/** Throws RangeError on a score that is not an integer 0..100: that is a bug in the caller, not user input. */
export function encodeShareCode(scores: PillarScores): string {
  let body = SHARE_CODE_VERSION;
  for (const pillar of PILLAR_SLUGS) {
    const score = scores[pillar];
    if (!isScore(score)) throw new RangeError(`Score for ${pillar} must be an integer 0..100, got ${String(score)}`);
    body += score.toString(36).padStart(DIGITS, '0');
  }
  return body + checksum(body);
}

/** Accepts anything (e.g. `URLSearchParams.get`, which may return null) and never throws. */
export function decodeShareCode(input: unknown): DecodedShareCode {
  if (typeof input !== 'string') return { ok: false, error: 'empty' };
  // Check the length before any other work, so a hostile 10k-character string costs nothing.
  if (input.length > CODE_LENGTH + 16) return { ok: false, error: 'format' };
  // Links get retyped and mail clients change case; neither changes the meaning of the code.
  const code = input.trim().toLowerCase();
  if (code === '') return { ok: false, error: 'empty' };
  if (!CODE_RE.test(code)) return { ok: false, error: 'format' };
  if (code[0] !== SHARE_CODE_VERSION) return { ok: false, error: 'version' };
  if (code.length !== CODE_LENGTH) return { ok: false, error: 'format' };
  const body = code.slice(0, -DIGITS);
  if (checksum(body) !== code.slice(-DIGITS)) return { ok: false, error: 'checksum' };
  const scores = {} as Record<PillarSlug, number>;
  for (const [i, pillar] of PILLAR_SLUGS.entries()) {
    const start = 1 + i * DIGITS;
    const score = Number.parseInt(body.slice(start, start + DIGITS), 36);
    if (!isScore(score)) return { ok: false, error: 'range' };
    scores[pillar] = score;
  }
  return { ok: true, scores };
}

/** Reads the code from a page URL's query (`?hasil=…`); the query string may start with "?". */
export function decodeShareCodeFromSearch(search: string): DecodedShareCode {
  try {
    return decodeShareCode(new URLSearchParams(search).get(SHARE_CODE_PARAM));
  } catch {
    return { ok: false, error: 'format' };
  }
}
