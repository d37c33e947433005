import { describe, expect, it } from 'vitest';
import { findFieldLine, issuesToProblems, summarize } from '~/check/problems';

const YAML = [
  'title: Kampanye', //          1
  'tags: [a, b, c]', //          2
  'hero:', //                    3
  '  src: ./a.png', //           4
  '  alt: Foto', //              5
  'donations:', //               6
  '  - date: 2025-12-06', //     7
  '    amount: 100', //          8
  '  - date: 2025-12-07', //     9
  '    note: tanpa jumlah', //   10
  '  - date: 2025-12-08', //     11
  '    amount: 300', //          12
  'allocations:', //             13
  '  - recipient: Aceh', //      14
  '    amount: 5', //            15
].join('\n');

describe('findFieldLine', () => {
  it.each([
    [['title'], 1],
    [['tags', 2], 2],
    [['hero', 'alt'], 5],
    [['hero', 'credit'], 3], // missing inside hero: points at hero
    [['donations', 0, 'amount'], 8],
    [['donations', 1, 'amount'], 9], // missing in entry 1: the entry, never entry 2's amount
    [['donations', 2, 'amount'], 12],
    [['donations', 5], 6], // no such entry: the list
    [['allocations', 0, 'amount'], 15],
    [['amount'], undefined], // only nested amounts exist
    [['description'], undefined],
  ] as [PropertyKey[], number | undefined][])('%j → %s', (path, line) => {
    expect(findFieldLine(YAML, path)).toBe(line);
  });
});

describe('issuesToProblems', () => {
  it('locates each issue and names the field by its dotted path', () => {
    expect(issuesToProblems('a.yaml', [{ path: ['donations', 2, 'amount'], message: 'Salah.' }], YAML)).toEqual([
      { file: 'a.yaml', line: 12, field: 'donations.2.amount', message: 'Salah.', severity: 'error' },
    ]);
  });
});

describe('summarize', () => {
  it('counts errors and warnings in Indonesian', () => {
    expect(
      summarize([
        { file: 'a', field: '-', message: '', severity: 'error' },
        { file: 'a', field: '-', message: '', severity: 'warning' },
        { file: 'a', field: '-', message: '', severity: 'error' },
      ]),
    ).toBe('2 galat, 1 peringatan');
  });
});
