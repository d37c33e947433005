import { formatNumber } from '../vocab/numbers.ts';

/**
 * Rupiah for readers. Campaign figures are whole rupiah (no sen), so nothing here shows decimals
 * except the compact form, which trades precision for a number a reader takes in at a glance.
 */

/**
 * `Rp1.250.000`. Intl's id-ID currency style puts a no-break space after "Rp" (and ICU versions
 * differ on which space), while Indonesian house style and our pages write it joined, so the
 * digits are formatted as a plain number and the symbol is added here.
 */
export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp${formatNumber(Math.abs(Math.round(amount)))}`;
}

/** Units of the compact form, largest first; below the smallest the full form is short enough. */
const COMPACT_UNITS = [
  { value: 1e12, name: 'triliun' },
  { value: 1e9, name: 'miliar' },
  { value: 1e6, name: 'juta' },
  { value: 1e3, name: 'ribu' },
] as const;

/**
 * `Rp1,2 miliar`, `Rp350 juta`, `Rp12,5 ribu`, `Rp950`: at most one decimal, none when it is zero.
 * Rounds down, so a campaign never reads as having more than it raised (Rp999.960.000 is
 * `Rp999,9 juta`, not `Rp1 miliar`).
 */
export function formatRupiahCompact(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(Math.round(amount));
  const unit = COMPACT_UNITS.find((u) => abs >= u.value);
  if (!unit) return `${sign}Rp${formatNumber(abs)}`;
  // Whole-number arithmetic: 1.2e9 / 1e9 * 10 in floating point can land just under 12.
  const tenths = Math.floor((abs * 10) / unit.value);
  return `${sign}Rp${formatNumber(tenths / 10, 1)} ${unit.name}`;
}

/** `42,5%`, `130%`: one decimal at most, id-ID comma, no space before the sign. */
export function formatPercent(percent: number): string {
  return `${formatNumber(percent, 1)}%`;
}

/** `1.900`: counts of donors and the like. */
export function formatCount(count: number): string {
  return formatNumber(count);
}
