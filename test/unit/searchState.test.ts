import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  MAX_QUERY_LENGTH,
  clampQuery,
  hasFilters,
  parseSearchParams,
  serializeSearchState,
  toPagefindFilters,
  toPagefindSort,
  type PillarLabels,
  type SearchState,
} from '~/lib/search/searchState';
import { PILLARS } from '~/vocab/taxonomy';

const PILLAR_LABELS = Object.fromEntries(PILLARS.map((p) => [p.slug, p.name])) as PillarLabels;

describe('clampQuery', () => {
  describe.each([
    ['pelayanan', 'pelayanan'],
    ['  pelayanan   publik  ', 'pelayanan publik'],
    ['a\n\tb', 'a b'],
    ['     ', ''],
    ['', ''],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['"kutip" \'tunggal\'', '"kutip" \'tunggal\''],
    ['🙂 layanan', '🙂 layanan'],
  ])('%j', (raw, expected) => {
    it(`becomes ${JSON.stringify(expected)}`, () => expect(clampQuery(raw)).toBe(expected));
  });

  it('cuts a 2,000-character query to the maximum', () => {
    expect(clampQuery('a'.repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('never splits an emoji in half', () => {
    const clamped = clampQuery('🙂'.repeat(2000));
    expect(Array.from(clamped)).toHaveLength(MAX_QUERY_LENGTH);
    expect(clamped).toBe('🙂'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('parseSearchParams', () => {
  describe.each<[string, SearchState]>([
    ['', EMPTY_SEARCH],
    ['q=pelayanan', { q: 'pelayanan', urut: 'relevansi' }],
    [
      'q=pelayanan&jenis=opini&pilar=melayani&topik=psr&tahun=2025&urut=terbaru',
      { q: 'pelayanan', jenis: 'opini', pilar: 'melayani', topik: 'psr', tahun: '2025', urut: 'terbaru' },
    ],
    ['q=x&jenis=Opini', { q: 'x', urut: 'relevansi' }],
    ['q=x&pilar=jujur&topik=lain', { q: 'x', urut: 'relevansi' }],
    ['q=x&tahun=25&urut=acak', { q: 'x', urut: 'relevansi' }],
    ['q=x&tahun=2025%3Cb%3E', { q: 'x', urut: 'relevansi' }],
    ['q=%20%20%20', EMPTY_SEARCH],
  ])('?%s', (search, expected) => {
    it('reads the expected state, dropping what it does not recognise', () => {
      const state = parseSearchParams(new URLSearchParams(search));
      expect({ ...state }).toMatchObject(expected);
      for (const key of ['jenis', 'pilar', 'topik', 'tahun'] as const) expect(state[key]).toBe(expected[key]);
    });
  });
});

describe('serializeSearchState', () => {
  describe.each<[SearchState, string]>([
    [EMPTY_SEARCH, ''],
    [{ q: 'pelayanan', urut: 'relevansi' }, '?q=pelayanan'],
    [{ q: 'pelayanan', jenis: 'opini', urut: 'relevansi' }, '?q=pelayanan&jenis=opini'],
    [{ q: 'a b', tahun: '2025', topik: 'psr', pilar: 'melayani', jenis: 'berita', urut: 'terbaru' }, '?q=a+b&jenis=berita&pilar=melayani&topik=psr&tahun=2025&urut=terbaru'],
    [{ q: '<b>"&"</b>', urut: 'relevansi' }, '?q=%3Cb%3E%22%26%22%3C%2Fb%3E'],
  ])('%j', (state, expected) => {
    it(`is ${expected || 'empty'}`, () => expect(serializeSearchState(state)).toBe(expected));
    it('round-trips through parseSearchParams', () => {
      expect(serializeSearchState(parseSearchParams(new URLSearchParams(expected)))).toBe(expected);
    });
  });
});

describe('toPagefindFilters', () => {
  describe.each<[SearchState, Record<string, string>]>([
    [EMPTY_SEARCH, {}],
    [{ q: 'x', jenis: 'opini', urut: 'relevansi' }, { jenis: 'Opini' }],
    [{ q: 'x', pilar: 'melayani', topik: 'prima', urut: 'relevansi' }, { pilar: 'Melayani', topik: 'ASN PRIMA' }],
    [{ q: 'x', topik: 'psr', tahun: '2024', urut: 'relevansi' }, { topik: 'PSR', tahun: '2024' }],
  ])('%j', (state, expected) => {
    it('uses the labels written into the index', () => expect(toPagefindFilters(state, PILLAR_LABELS)).toEqual(expected));
    it('agrees with hasFilters', () => expect(hasFilters(state)).toBe(Object.keys(expected).length > 0));
  });
});

describe('toPagefindSort', () => {
  it.each<[SearchState['urut'], unknown]>([
    ['relevansi', undefined],
    ['terbaru', { tanggal: 'desc' }],
  ])('%s', (urut, expected) => expect(toPagefindSort({ q: 'x', urut })).toEqual(expected));
});
