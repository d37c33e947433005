import { describe, expect, it } from 'vitest';
import type { PillarScores } from '~/lib/assessment/scoring';
import { encodeShareCode } from '~/lib/assessment/shareCode';
import {
  aggregateTeam,
  appendLine,
  describeInput,
  MAX_LINE_CHARS,
  MAX_TEAM_INPUT_CHARS,
  MAX_TEAM_LINES,
  readTeamInput,
  readTeamLine,
} from '~/lib/assessment/team';
import type { Level } from '~/schemas/assessment';
import { PILLAR_SLUGS } from '~/vocab/taxonomy';
import { scoresOf } from './assessmentFixtures';

/** The four bands of content/asesmen/level.yaml, fixed here so the figures below stay hand-checkable. */
const LEVELS: Level[] = [
  { min: 0, max: 39, name: 'Perlu Pembenahan', meaning: '-' },
  { min: 40, max: 59, name: 'Berkembang', meaning: '-' },
  { min: 60, max: 79, name: 'Cakap', meaning: '-' },
  { min: 80, max: 100, name: 'Prima', meaning: '-' },
];
// P, R, I, M, A; the index is the mean of the five, rounded half up.
const R1 = scoresOf([80, 60, 40, 90, 70]); // index 68
const R2 = scoresOf([60, 60, 55, 75, 50]); // index 60
const R3 = scoresOf([100, 45, 35, 85, 65]); // index 66
const R4 = scoresOf([20, 90, 65, 95, 30]); // index 60
const link = (scores: PillarScores) => `https://asnprima.id/asesmen-prima/?hasil=${encodeShareCode(scores)}`;
const tamper = (code: string) => code.slice(0, 4) + (code[4] === 'a' ? 'b' : 'a') + code.slice(5);

describe('readTeamLine', () => {
  const code = encodeShareCode(R1);
  it.each([
    ['a full link', link(R1)],
    ['a link from another deployment, with more parameters', `http://localhost:4321/asesmen-prima/?utm=x&hasil=${code}#hasil`],
    ['a relative link', `/asesmen-prima/?hasil=${code}`],
    ['a bare code', code],
    ['a code in capitals with spaces around', `   ${code.toUpperCase()}  `],
    ['a link inside a sentence', `Hasil saya: ${link(R1)} terima kasih`],
    ['an escaped code', `?hasil=${encodeURIComponent(code)}`],
  ])('reads %s', (_, line) => {
    expect(readTeamLine(line)).toEqual({ ok: true, code, scores: R1 });
  });

  it.each([
    ['a tampered link', link(R1).replace(code, tamper(code)), 'tautan tidak valid: tanda pemeriksanya tidak cocok, mungkin diubah atau salah ketik'],
    ['a truncated link', link(R1).slice(0, -3), 'tautan tidak valid: terpotong atau salah ketik'],
    ['a link without a code', 'https://asnprima.id/asesmen-prima/', 'tautan tidak valid: tidak memuat kode hasil'],
    ['a link with an empty code', 'https://asnprima.id/asesmen-prima/?hasil=', 'tautan tidak valid: kodenya kosong'],
    ['a link with script in it', 'https://asnprima.id/asesmen-prima/?hasil=%3Cscript%3Ealert(1)%3C/script%3E', 'tautan tidak valid: terpotong atau salah ketik'],
    ['a stray percent sign', '?hasil=%E0%A4%A', 'tautan tidak valid: terpotong atau salah ketik'],
    ['a name instead of a code', 'Budi Santoso', 'kode tidak valid: terpotong atau salah ketik'],
    ['a code of a future version', '2' + code.slice(1), 'kode tidak valid: versi kodenya tidak dikenal'],
    ['a line too long to be a link', 'x'.repeat(MAX_LINE_CHARS + 1), 'baris terlalu panjang untuk sebuah tautan hasil'],
  ])('refuses %s with the reason', (_, line, reason) => {
    expect(readTeamLine(line)).toEqual({ ok: false, reason });
  });
});

describe('readTeamInput', () => {
  it('counts valid lines and lists every invalid or repeated one with its line number', () => {
    const code2 = encodeShareCode(R2);
    const text = [link(R1), '', link(R2), tamper(code2), `  ${code2.toUpperCase()}`, '\t', link(R3), 'halo', link(R1)].join('\r\n');
    const input = readTeamInput(text);
    expect(input.valid.map((v) => [v.line, v.index])).toEqual([
      [1, 68],
      [3, 60],
      [7, 66],
    ]);
    expect(input.rejected).toEqual([
      { line: 4, kind: 'invalid', reason: 'kode tidak valid: tanda pemeriksanya tidak cocok, mungkin diubah atau salah ketik' },
      { line: 5, kind: 'duplicate', reason: 'sama dengan baris 3' },
      { line: 8, kind: 'invalid', reason: 'kode tidak valid: terpotong atau salah ketik' },
      { line: 9, kind: 'duplicate', reason: 'sama dengan baris 1' },
    ]);
    expect(input.unread).toBe(0);
    expect(input.truncated).toBe(false);
  });

  it('reads an empty paste as nothing at all', () => {
    const input = readTeamInput(' \n\n');
    expect(input).toEqual({ valid: [], rejected: [], unread: 0, truncated: false });
    expect(describeInput(input)).toBe('Belum ada tautan atau kode yang dibaca.');
  });

  it('sums up what it read in one sentence', () => {
    const code = encodeShareCode(R1);
    expect(describeInput(readTeamInput([code, link(R2), 'x', code, link(R3)].join('\n')))).toBe(
      '5 baris dibaca: 3 hasil dihitung, 1 tidak valid, 1 duplikat.',
    );
    expect(describeInput(readTeamInput(link(R1)))).toBe('1 baris dibaca: 1 hasil dihitung.');
  });

  it(`reads at most ${MAX_TEAM_LINES} lines and counts the rest`, () => {
    const text = Array.from({ length: MAX_TEAM_LINES + 7 }, () => encodeShareCode(R4)).join('\n');
    const input = readTeamInput(text);
    expect(input.valid).toHaveLength(1);
    expect(input.rejected).toHaveLength(MAX_TEAM_LINES - 1);
    expect(input.unread).toBe(7);
    expect(describeInput(input)).toContain(`7 baris sesudahnya tidak dibaca (paling banyak ${MAX_TEAM_LINES} baris).`);
  });

  it('reads only the start of a giant paste, without reporting the cut line as broken', () => {
    const line = link(R1);
    const text = `${line}\n${'y'.repeat(MAX_TEAM_INPUT_CHARS * 60)}\n${link(R2)}`;
    const input = readTeamInput(text);
    expect(input.truncated).toBe(true);
    expect(input.valid.map((v) => v.line)).toEqual([1]);
    expect(input.rejected).toEqual([]);
    expect(describeInput(input)).toContain('bagian akhirnya tidak dibaca');
  });
});

describe('appendLine', () => {
  it.each([
    ['', 'a', 'a\n'],
    ['a\n', ' b ', 'a\nb\n'],
    ['a', 'b', 'a\nb\n'],
    ['a\n', '   ', 'a\n'],
  ])('appends to %j', (text, line, expected) => {
    expect(appendLine(text, line)).toBe(expected);
  });
});

describe('aggregateTeam', () => {
  it('gives the figures a leader would compute by hand', () => {
    const recap = aggregateTeam([R1, R2, R3, R4], LEVELS)!;
    expect(recap.count).toBe(4);
    // Indices 68, 60, 66, 60: mean 63.5, level of 64.
    expect(recap.index).toEqual({ average: 63.5, lowest: 60, highest: 68, perLevel: [0, 0, 4, 0] });
    expect(recap.level.name).toBe('Cakap');
    expect(recap.pillars).toEqual({
      // 80 + 60 + 100 + 20 = 260 → 65
      profesional: { average: 65, lowest: 20, highest: 100, perLevel: [1, 0, 1, 2] },
      // 255 / 4 = 63.75 → 63.8
      responsif: { average: 63.8, lowest: 45, highest: 90, perLevel: [0, 1, 2, 1] },
      // 195 / 4 = 48.75 → 48.8
      inovatif: { average: 48.8, lowest: 35, highest: 65, perLevel: [1, 2, 1, 0] },
      // 345 / 4 = 86.25 → 86.3 (half up)
      melayani: { average: 86.3, lowest: 75, highest: 95, perLevel: [0, 0, 1, 3] },
      // 215 / 4 = 53.75 → 53.8
      akuntabel: { average: 53.8, lowest: 30, highest: 70, perLevel: [1, 1, 2, 0] },
    });
    expect(recap.ranking).toEqual(['melayani', 'profesional', 'responsif', 'akuntabel', 'inovatif']);
    expect(recap.strongest).toEqual(['melayani']);
    expect(recap.weakest).toEqual(['inovatif']);
  });

  it('lists ties, and no strongest pillar when all five are equal', () => {
    const even = aggregateTeam([scoresOf([50, 50, 50, 50, 50]), scoresOf([70, 70, 70, 70, 70])], LEVELS)!;
    expect(even.strongest).toEqual([]);
    expect(even.weakest).toEqual(PILLAR_SLUGS);
    const tied = aggregateTeam([scoresOf([90, 90, 10, 10, 50])], LEVELS)!;
    expect(tied.strongest).toEqual(['profesional', 'responsif']);
    expect(tied.weakest).toEqual(['inovatif', 'melayani']);
  });

  it('names no weakest pillar when every score is 100', () => {
    const top = aggregateTeam([scoresOf([100, 100, 100, 100, 100])], LEVELS)!;
    expect(top.weakest).toEqual([]);
    expect(top.level.name).toBe('Prima');
  });

  it('gives nothing for an empty team', () => {
    expect(aggregateTeam([], LEVELS)).toBeUndefined();
  });
});
