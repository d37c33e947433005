import { describe, expect, it } from 'vitest';
import {
  decodeShareCode,
  decodeShareCodeFromSearch,
  encodeShareCode,
  SHARE_CODE_PARAM,
  type ShareCodeError,
} from '~/lib/assessment/shareCode';
import type { PillarScores } from '~/lib/assessment/scoring';
import { PILLAR_SLUGS, type PillarSlug } from '~/vocab/taxonomy';

const scoresOf = (values: readonly number[]): PillarScores =>
  Object.fromEntries(PILLAR_SLUGS.map((p, i) => [p, values[i]])) as Record<PillarSlug, number>;

/** A tiny seeded generator, so a failing fuzz case can be reproduced from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('encodeShareCode', () => {
  it.each<[number[], string]>([
    [[0, 0, 0, 0, 0], '10000000000'],
    [[100, 100, 100, 100, 100], '12s2s2s2s2s'],
    [[81, 50, 13, 100, 63], '1291e0d2s1r'],
  ])('%j starts with the version and the scores in base 36', (scores, body) => {
    const code = encodeShareCode(scoresOf(scores));
    expect(code).toHaveLength(13);
    expect(code.startsWith(body)).toBe(true);
    expect(code).toMatch(/^[0-9a-z]{13}$/);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it.each([[-1], [101], [50.5], [Number.NaN]])('refuses the caller bug of a score %s', (bad) => {
    expect(() => encodeShareCode(scoresOf([bad, 0, 0, 0, 0]))).toThrow(RangeError);
  });
});

describe('decodeShareCode', () => {
  it('round-trips every score in every position', () => {
    const next = random(1);
    for (let n = 0; n < 500; n++) {
      const scores = scoresOf(PILLAR_SLUGS.map(() => Math.floor(next() * 101)));
      expect(decodeShareCode(encodeShareCode(scores))).toEqual({ ok: true, scores });
    }
    for (const edge of [0, 1, 35, 36, 99, 100]) {
      const scores = scoresOf([edge, 100 - edge, edge, 100 - edge, edge]);
      expect(decodeShareCode(encodeShareCode(scores))).toEqual({ ok: true, scores });
    }
  });

  it('forgives case and surrounding spaces, which mail clients and retyping introduce', () => {
    const scores = scoresOf([81, 50, 13, 100, 63]);
    const code = encodeShareCode(scores);
    expect(decodeShareCode(`  ${code.toUpperCase()}\n`)).toEqual({ ok: true, scores });
  });

  const valid = encodeShareCode(scoresOf([81, 50, 13, 100, 63]));
  // A code that passes its checksum but carries 101 (2t in base 36): only a deliberate forgery.
  const forged = (() => {
    const body = '12t0000000000'.slice(0, 11);
    for (let a = 0; a < 36; a++)
      for (let b = 0; b < 36; b++) {
        const code = body + a.toString(36) + b.toString(36);
        const decoded = decodeShareCode(code);
        if (!decoded.ok && decoded.error === 'range') return code;
      }
    throw new Error('no forged code found');
  })();

  it.each<[string, unknown, ShareCodeError]>([
    ['null (missing parameter)', null, 'empty'],
    ['undefined', undefined, 'empty'],
    ['a number', 12345, 'empty'],
    ['an empty string', '', 'empty'],
    ['blank', '   ', 'empty'],
    ['truncated', valid.slice(0, 12), 'format'],
    ['one character too many', `${valid}0`, 'format'],
    ['only the version', '1', 'format'],
    ['another version', `2${valid.slice(1)}`, 'version'],
    ['version zero', `0${valid.slice(1)}`, 'version'],
    ['a changed score', `${valid.slice(0, 3)}${valid[3] === '0' ? '1' : '0'}${valid.slice(4)}`, 'checksum'],
    ['a changed checksum', `${valid.slice(0, 12)}${valid[12] === '0' ? '1' : '0'}`, 'checksum'],
    ['two scores swapped', `1${valid.slice(3, 5)}${valid.slice(1, 3)}${valid.slice(5)}`, 'checksum'],
    ['a forged score above 100', forged, 'range'],
    ['markup', '<script>alert(1)</script>', 'format'],
    ['a percent-encoded null', '1%00%00%00%00%00', 'format'],
    ['a raw null', `1${'\u0000'.repeat(12)}`, 'format'],
    ['emoji', '1😀😀😀😀😀😀', 'format'],
    ['non-Latin digits', '١٢٣٤٥٦٧٨٩٠١٢٣', 'format'],
    ['10 000 characters', '1'.repeat(10_000), 'format'],
    ['a URL-safe base64 look-alike', 'AbC-_0123456z', 'format'],
  ])('returns a typed failure for %s', (_, input, error) => {
    expect(decodeShareCode(input)).toEqual({ ok: false, error });
  });

  it('never throws and never accepts random or hostile strings (fuzz)', () => {
    const next = random(20250101);
    const alphabet = ['0', '1', 'z', 'Z', '-', '_', '%', '00', '<', '>', '"', "'", '&', '\u0000', '\uFFFF', '\uD83D', '😀', 'é', ' ', '\n', '?', '=', '#', '/'];
    let accepted = 0;
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(next() * 40);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const result = decodeShareCode(text);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) accepted++;
    }
    expect(accepted).toBe(0);
  });

  it('rejects almost every mutation of a valid code (checksum strength)', () => {
    const next = random(7);
    const chars = '0123456789abcdefghijklmnopqrstuvwxyz';
    let accepted = 0;
    let tries = 0;
    for (let n = 0; n < 5000; n++) {
      const position = Math.floor(next() * 12) + 1;
      const replacement = chars[Math.floor(next() * 36)]!;
      if (replacement === valid[position]) continue;
      tries++;
      const mutated = valid.slice(0, position) + replacement + valid.slice(position + 1);
      if (decodeShareCode(mutated).ok) accepted++;
    }
    // A two-character checksum lets about 1 in 1296 random edits through; any more means it is broken.
    expect(accepted / tries).toBeLessThan(0.005);
  });
});

describe('decodeShareCodeFromSearch', () => {
  const code = encodeShareCode(scoresOf([10, 20, 30, 40, 50]));
  it.each<[string, boolean]>([
    [`?${SHARE_CODE_PARAM}=${code}`, true],
    [`${SHARE_CODE_PARAM}=${code}&utm_source=wa`, true],
    [`?${SHARE_CODE_PARAM}=${code}%00`, false],
    ['?hasil=', false],
    ['', false],
    ['?hasil=%E0%A4%A', false],
  ])('%s → ok %s', (search, ok) => {
    expect(decodeShareCodeFromSearch(search).ok).toBe(ok);
  });
});
