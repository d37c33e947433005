import { SITE_LOCALE } from './locale.ts';

/** Figures as Indonesian readers write them: `1.900`, `42,5` (dot for thousands, comma for decimals). */
const formatters = new Map<number, Intl.NumberFormat>();

/** `value` with at most `fractionDigits` decimals (none by default). */
export function formatNumber(value: number, fractionDigits = 0): string {
  let formatter = formatters.get(fractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat(SITE_LOCALE, { maximumFractionDigits: fractionDigits });
    formatters.set(fractionDigits, formatter);
  }
  return formatter.format(value);
}
