/**
 * A team recap from the share links (or bare codes) colleagues sent their leader, one per line.
 * Each line is read on its own: a bad or repeated line is listed with its reason and never stops
 * the rest. Only the five scores in each code are used; a line's other text is never shown back.
 *
 * Averages are given to one decimal, rounded half up in integers (as in scoring). The team index is
 * the mean of the members' own indices, so it matches what each of them saw.
 */
import type { Level } from '../../schemas/assessment.ts';
import { PILLAR_SLUGS, type PillarSlug } from '../../vocab/taxonomy.ts';
import { findLevel, overallIndex, type PillarScores } from './scoring.ts';
import { decodeShareCode, encodeShareCode, SHARE_CODE_PARAM, type ShareCodeError } from './shareCode.ts';

/** `?tambah=<code>` on the team page adds that result, from a button on a shared result. */
export const TEAM_ADD_PARAM = 'tambah';
/** Below this, an average lets colleagues work out each other's results. */
export const MIN_TEAM_SIZE = 3;
/** A large unit, generously; lines beyond it are counted, not read. */
export const MAX_TEAM_LINES = 300;
/** A share link is under 100 characters; a longer line is not one, whatever it holds. */
export const MAX_LINE_CHARS = 500;
/** What the page reads of a paste at most, so a pasted book costs nothing. */
export const MAX_TEAM_INPUT_CHARS = 64 * 1024;

export interface ValidLine {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The code in its canonical form; two lines with the same code are one result sent twice. */
  code: string;
  scores: PillarScores;
  index: number;
}

export interface RejectedLine {
  line: number;
  kind: 'invalid' | 'duplicate';
  /** Indonesian, e.g. "tautan tidak valid: terpotong atau salah ketik" or "sama dengan baris 3". */
  reason: string;
}

export interface TeamInput {
  valid: ValidLine[];
  rejected: RejectedLine[];
  /** Non-empty lines beyond `MAX_TEAM_LINES`: counted, not read. */
  unread: number;
  /** True when the text was longer than `MAX_TEAM_INPUT_CHARS` and its end was not read. */
  truncated: boolean;
}

const DETAIL: Record<Exclude<ShareCodeError, 'empty'>, string> = {
  format: 'terpotong atau salah ketik',
  version: 'versi kodenya tidak dikenal',
  checksum: 'tanda pemeriksanya tidak cocok, mungkin diubah atau salah ketik',
  range: 'skornya di luar 0 sampai 100',
};

/** `hasil=` anywhere in the line: a full link, a relative one, or a link inside a sentence. */
const PARAM_RE = new RegExp(`(?:^|[?&\\s])${SHARE_CODE_PARAM}=([^\\s&#]*)`);
/** Something meant as a link but with no code in it. */
const LINK_RE = /:\/\/|^www\.|^\/|\?/;

type LineRead = { ok: true; code: string; scores: PillarScores } | { ok: false; reason: string };

export function readTeamLine(text: string): LineRead {
  if (text.length > MAX_LINE_CHARS) return { ok: false, reason: 'baris terlalu panjang untuk sebuah tautan hasil' };
  const trimmed = text.trim();
  const param = PARAM_RE.exec(trimmed);
  const isLink = param !== null || LINK_RE.test(trimmed);
  if (isLink && !param) return { ok: false, reason: 'tautan tidak valid: tidak memuat kode hasil' };
  let code = param ? param[1]! : trimmed;
  try {
    code = decodeURIComponent(code);
  } catch {
    // A stray "%" is a typo like any other; the decoder below says so.
  }
  const decoded = decodeShareCode(code);
  const what = isLink ? 'tautan tidak valid' : 'kode tidak valid';
  if (!decoded.ok) {
    // Versions are digits: a word such as a colleague's name is a typo, not a code from the future.
    const error = decoded.error === 'version' && !/^\s*\d/.test(code) ? 'format' : decoded.error;
    return { ok: false, reason: `${what}: ${error === 'empty' ? 'kodenya kosong' : DETAIL[error]}` };
  }
  return { ok: true, code: encodeShareCode(decoded.scores), scores: decoded.scores };
}

/** Reads a paste line by line; blank lines are skipped without comment. */
export function readTeamInput(text: string): TeamInput {
  const truncated = text.length > MAX_TEAM_INPUT_CHARS;
  const lines = (truncated ? text.slice(0, MAX_TEAM_INPUT_CHARS) : text).split(/\r\n|\r|\n/);
  // A line cut in the middle would be reported as broken; it is simply not read.
  if (truncated) lines.pop();
  const valid: ValidLine[] = [];
  const rejected: RejectedLine[] = [];
  const firstLineOf = new Map<string, number>();
  let read = 0;
  let unread = 0;
  lines.forEach((content, i) => {
    if (content.trim() === '') return;
    if (++read > MAX_TEAM_LINES) {
      unread++;
      return;
    }
    const line = i + 1;
    const result = readTeamLine(content);
    if (!result.ok) return void rejected.push({ line, kind: 'invalid', reason: result.reason });
    const first = firstLineOf.get(result.code);
    if (first !== undefined) return void rejected.push({ line, kind: 'duplicate', reason: `sama dengan baris ${first}` });
    firstLineOf.set(result.code, line);
    valid.push({ line, code: result.code, scores: result.scores, index: overallIndex(result.scores) });
  });
  return { valid, rejected, unread, truncated };
}

/** One sentence on what was read: "5 baris dibaca: 3 hasil dihitung, 1 tidak valid, 1 duplikat." */
export function describeInput(input: TeamInput): string {
  const invalid = input.rejected.filter((r) => r.kind === 'invalid').length;
  const duplicate = input.rejected.length - invalid;
  const read = input.valid.length + input.rejected.length;
  if (read === 0) return 'Belum ada tautan atau kode yang dibaca.';
  const parts = [`${input.valid.length} hasil dihitung`];
  if (invalid > 0) parts.push(`${invalid} tidak valid`);
  if (duplicate > 0) parts.push(`${duplicate} duplikat`);
  let text = `${read} baris dibaca: ${parts.join(', ')}.`;
  if (input.unread > 0) text += ` ${input.unread} baris sesudahnya tidak dibaca (paling banyak ${MAX_TEAM_LINES} baris).`;
  if (input.truncated) text += ' Teks yang ditempel terlalu panjang; bagian akhirnya tidak dibaca.';
  return text;
}

/** Appends one link or code as a new line, for adding colleagues one at a time. */
export function appendLine(text: string, line: string): string {
  const clean = line.trim();
  if (clean === '') return text;
  return text === '' || /[\r\n]$/.test(text) ? `${text}${clean}\n` : `${text}\n${clean}\n`;
}

export interface Spread {
  /** Mean to one decimal, rounded half up. */
  average: number;
  lowest: number;
  highest: number;
  /** How many members fall in each level, in the order of `levels` (lowest band first). */
  perLevel: number[];
}

export interface TeamRecap {
  count: number;
  /** The members' own indices. */
  index: Spread;
  /** The level of the team's average index, rounded to a whole number as an index is. */
  level: Level;
  pillars: Record<PillarSlug, Spread>;
  /** Highest team average first; ties keep the P-R-I-M-A order. */
  ranking: PillarSlug[];
  /** Pillars tied at the top average; empty when all five are equal. */
  strongest: PillarSlug[];
  /** Pillars tied at the bottom average; empty when that average is already 100. */
  weakest: PillarSlug[];
}

/** Round half up of numerator/denominator for non-negative integers. */
const roundDiv = (numerator: number, denominator: number) => Math.floor((2 * numerator + denominator) / (2 * denominator));

function spread(values: readonly number[], levels: readonly Level[]): { spread: Spread; sum: number } {
  const sum = values.reduce((a, b) => a + b, 0);
  const perLevel = levels.map((level) => values.filter((v) => v >= level.min && v <= level.max).length);
  return {
    sum,
    spread: { average: roundDiv(10 * sum, values.length) / 10, lowest: Math.min(...values), highest: Math.max(...values), perLevel },
  };
}

/** Undefined for an empty team: there is nothing to recap. `levels` must be the validated bands. */
export function aggregateTeam(results: readonly PillarScores[], levels: readonly Level[]): TeamRecap | undefined {
  const count = results.length;
  if (count === 0) return undefined;
  const indices = results.map(overallIndex);
  const index = spread(indices, levels);
  const sums = {} as Record<PillarSlug, number>;
  const pillars = {} as Record<PillarSlug, Spread>;
  for (const pillar of PILLAR_SLUGS) {
    const s = spread(
      results.map((r) => r[pillar]),
      levels,
    );
    sums[pillar] = s.sum;
    pillars[pillar] = s.spread;
  }
  // Sums compare exactly where rounded averages could tie or mislead.
  const ranking = [...PILLAR_SLUGS].sort((a, b) => sums[b] - sums[a]);
  const top = sums[ranking[0]!];
  const bottom = sums[ranking[ranking.length - 1]!];
  return {
    count,
    index: index.spread,
    level: findLevel(levels, roundDiv(index.sum, count)),
    pillars,
    ranking,
    strongest: top === bottom ? [] : ranking.filter((p) => sums[p] === top),
    weakest: bottom === 100 * count ? [] : ranking.filter((p) => sums[p] === bottom),
  };
}
