import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatRupiah, formatRupiahCompact } from '~/lib/money';

describe('formatRupiah', () => {
  describe.each([
    [1_250_000, 'Rp1.250.000'],
    [0, 'Rp0'],
    [950, 'Rp950'],
    [1_000, 'Rp1.000'],
    [300_000_000, 'Rp300.000.000'],
    [-1_250, '-Rp1.250'],
    // Whole rupiah only: a stray fraction from arithmetic is rounded, never shown as sen.
    [1_250_000.6, 'Rp1.250.001'],
  ])('%d', (amount, expected) => {
    it(`reads ${expected}`, () => {
      expect(formatRupiah(amount)).toBe(expected);
    });
  });

  it('has no space of any kind after Rp', () => {
    expect(formatRupiah(1_250_000)).not.toMatch(/\s|\u00a0|\u202f/);
  });
});

describe('formatRupiahCompact', () => {
  describe.each([
    [0, 'Rp0'],
    [950, 'Rp950'],
    [1_000, 'Rp1 ribu'],
    [12_500, 'Rp12,5 ribu'],
    [999_999, 'Rp999,9 ribu'],
    [1_000_000, 'Rp1 juta'],
    [1_250_000, 'Rp1,2 juta'],
    [350_000_000, 'Rp350 juta'],
    [260_500_000, 'Rp260,5 juta'],
    // Rounded down: never more than was raised.
    [999_960_000, 'Rp999,9 juta'],
    [1_200_000_000, 'Rp1,2 miliar'],
    [1_290_000_000, 'Rp1,2 miliar'],
    [2_000_000_000_000, 'Rp2 triliun'],
    [-350_000_000, '-Rp350 juta'],
  ])('%d', (amount, expected) => {
    it(`reads ${expected}`, () => {
      expect(formatRupiahCompact(amount)).toBe(expected);
    });
  });
});

describe('formatPercent', () => {
  describe.each([
    [0, '0%'],
    [42.5, '42,5%'],
    [86.8, '86,8%'],
    [100, '100%'],
    [130, '130%'],
    [1_250, '1.250%'],
  ])('%d', (percent, expected) => {
    it(`reads ${expected}`, () => {
      expect(formatPercent(percent)).toBe(expected);
    });
  });
});

describe('formatCount', () => {
  it('groups thousands with a dot', () => {
    expect(formatCount(1_930)).toBe('1.930');
  });
});
