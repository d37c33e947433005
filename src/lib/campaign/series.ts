import type { Donation } from '../../schemas/campaign.ts';
import type { CalendarDay } from '../../vocab/dates.ts';

/** One point per day that had donations: that day's figures and the running totals up to it. */
export interface SeriesPoint {
  date: CalendarDay;
  /** Raised on this day, all entries of the day together. */
  amount: number;
  donors: number;
  /** Raised from the first day up to and including this one. */
  cumulative: number;
  cumulativeDonors: number;
}

/**
 * The running total for a line chart. Entries may come in any order (YAML and CSV mixed); several
 * entries on one day become one point, so the line never steps twice on the same date.
 */
export function cumulativeSeries(donations: readonly Pick<Donation, 'date' | 'amount' | 'donors'>[]): SeriesPoint[] {
  const byDay = new Map<CalendarDay, { amount: number; donors: number }>();
  for (const d of donations) {
    const day = byDay.get(d.date) ?? { amount: 0, donors: 0 };
    day.amount += d.amount;
    day.donors += d.donors;
    byDay.set(d.date, day);
  }
  let cumulative = 0;
  let cumulativeDonors = 0;
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => {
      cumulative += day.amount;
      cumulativeDonors += day.donors;
      return { date, amount: day.amount, donors: day.donors, cumulative, cumulativeDonors };
    });
}
