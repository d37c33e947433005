import { SITE_LOCALE } from '../../vocab/locale.ts';
import { daysBetween, formatCalendarDay, formatShortDay, type CalendarDay } from '../../vocab/dates.ts';
import type { SeriesPoint } from './series.ts';

/**
 * The cumulative chart on a true time axis: x is the number of days since the campaign opened,
 * so 6, 8, 10, 15, 22 and 30 December sit as far apart as the days between them, and the slope
 * is the real pace. A linear scale over day numbers with our own tick labels costs nothing,
 * where a Chart.js date adapter and a date library would cost more than the chart bundle's budget.
 */

export interface TimePoint {
  /** Days since the start date. */
  x: number;
  y: number;
  date: CalendarDay;
  /** "8 Desember 2025", for the tooltip; the island formats no dates itself. */
  label: string;
}

export interface AxisTick {
  value: number;
  /** "13 Des" for weekly ticks, "Jan 2026" for monthly ones. */
  label: string;
}

export interface TimeAxisData {
  /** The running total on each donation day. */
  raised: TimePoint[];
  /** The target as a level line across the whole campaign. */
  target: [TimePoint, TimePoint];
  /** The closing day, for a mark on the axis; y is the height the mark reaches (the target or the total, whichever is higher). */
  end: TimePoint;
  min: number;
  max: number;
  ticks: AxisTick[];
}

/** Campaigns up to this long get a tick each week; longer ones one on the first of each month. */
const WEEKLY_UP_TO_DAYS = 62;
/** At most this many monthly ticks: a long campaign labels every second or third month. */
const MAX_MONTH_TICKS = 8;

/** A weekly tick needs this many days before the end date's tick, or their labels overlap on a phone. */
const END_TICK_ROOM_DAYS = 5;

const MS_PER_DAY = 86_400_000;
const monthYear = new Intl.DateTimeFormat(SITE_LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

function weeklyTicks(start: CalendarDay, span: number): AxisTick[] {
  const ticks: AxisTick[] = [];
  // Stop short of the end, whose own tick would otherwise collide with the last weekly one on a phone.
  for (let x = 0; x <= span - END_TICK_ROOM_DAYS; x += 7) ticks.push({ value: x, label: formatShortDay(addDays(start, x)) });
  ticks.push({ value: span, label: formatShortDay(addDays(start, span)) });
  return ticks;
}

function monthlyTicks(start: CalendarDay, span: number): AxisTick[] {
  const firsts: number[] = [];
  const [year, month] = start.split('-').map(Number) as [number, number];
  // Date.UTC counts months from 0, so `month - 1` is the start's own month; it rolls over years.
  for (let m = month - 1; ; m++) {
    const x = daysBetween(start, new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10));
    if (x > span) break;
    if (x >= 0) firsts.push(x);
  }
  const step = Math.ceil(firsts.length / MAX_MONTH_TICKS);
  return firsts
    .filter((_, i) => i % step === 0)
    .map((x) => ({ value: x, label: monthYear.format(new Date(Date.parse(`${addDays(start, x)}T00:00:00Z`))) }));
}

/** Ticks for `span` days from `start`: weekly for a couple of months, else on the first of months. */
export function dayTicks(start: CalendarDay, span: number): AxisTick[] {
  return span <= WEEKLY_UP_TO_DAYS ? weeklyTicks(start, span) : monthlyTicks(start, span);
}

export function timeAxisData(
  series: readonly SeriesPoint[],
  campaign: { startDate: CalendarDay; endDate: CalendarDay; target: number },
): TimeAxisData {
  const { startDate, endDate, target } = campaign;
  const span = Math.max(0, daysBetween(startDate, endDate));
  const at = (date: CalendarDay, y: number): TimePoint => ({ x: daysBetween(startDate, date), y, date, label: formatCalendarDay(date) });
  return {
    raised: series.map((p) => at(p.date, p.cumulative)),
    target: [at(startDate, target), at(endDate, target)],
    end: at(endDate, Math.max(target, series.at(-1)?.cumulative ?? 0)),
    min: 0,
    // A little room after the end date, so its mark stands clear of the frame (and a one-day campaign has an axis).
    max: span + Math.max(1, Math.round(span / 25)),
    ticks: dayTicks(startDate, span),
  };
}
