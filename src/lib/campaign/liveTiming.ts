import { daysBetween, formatCalendarDay, isoDate, type CalendarDay } from '../../vocab/dates.ts';

/**
 * Where a campaign stands on a given day, in words, as the page shows it. The build writes it for
 * the build's day and the page's small script (CampaignTiming.astro) writes it again for the
 * reader's day, through these functions, so the two can only differ in the day. Kept lean on
 * purpose: it is the only campaign logic shipped to a page without an island, within that page's
 * script allowance (test/build/site.test.ts).
 */

export type CampaignTiming =
  | { state: 'belum-mulai'; daysToStart: number }
  | { state: 'berjalan'; daysLeft: number }
  | { state: 'berakhir'; daysSinceEnd: number };

export type TimingState = CampaignTiming['state'];

export interface CampaignDates {
  startDate: CalendarDay;
  endDate: CalendarDay;
}

/**
 * Where `day` falls against the campaign's dates. The end date is the last day donations are
 * accepted, so on it `daysLeft` is 0 and the campaign still runs.
 */
export function timingOnDay(dates: CampaignDates, day: CalendarDay): CampaignTiming {
  if (day < dates.startDate) return { state: 'belum-mulai', daysToStart: daysBetween(day, dates.startDate) };
  if (day > dates.endDate) return { state: 'berakhir', daysSinceEnd: daysBetween(dates.endDate, day) };
  return { state: 'berjalan', daysLeft: daysBetween(day, dates.endDate) };
}

/** The timing in words for a badge: "12 hari lagi", "Hari terakhir", "Sudah berakhir". */
export function timingLabel(timing: CampaignTiming): string {
  switch (timing.state) {
    case 'belum-mulai':
      return timing.daysToStart === 1 ? 'Dimulai besok' : `Dimulai ${timing.daysToStart} hari lagi`;
    case 'berjalan':
      return timing.daysLeft === 0 ? 'Hari terakhir' : `${timing.daysLeft} hari lagi`;
    case 'berakhir':
      return 'Sudah berakhir';
  }
}

/** The status badge: where the campaign stands. */
export const TIMING_STATUS: Record<TimingState, string> = {
  'belum-mulai': 'Belum dimulai',
  berjalan: 'Berjalan',
  berakhir: 'Berakhir',
};

/** What the timing figure is called in each state. */
const TIMING_TERM: Record<TimingState, string> = {
  'belum-mulai': 'Dimulai',
  berjalan: 'Waktu tersisa',
  berakhir: 'Berakhir',
};

export interface TimingView {
  state: TimingState;
  /** "Berjalan", for the badge. */
  status: string;
  /** "Waktu tersisa", the figure's name. */
  term: string;
  /** "12 hari lagi", "Hari terakhir", "Sudah berakhir". */
  value: string;
  /** The date that matters in this state: "hingga 31 Desember 2025", "pada 31 Desember 2025". */
  dates: string;
  /** The day this was computed for: "per 23 November 2026". */
  asOf: string;
}

/** Keys of the view a page element may show; the page script fills `[data-timing="<key>"]`. */
export const TIMING_FIELDS = ['status', 'term', 'value', 'dates', 'asOf'] as const;

export function timingView(dates: CampaignDates, day: CalendarDay): TimingView {
  const timing = timingOnDay(dates, day);
  const state = timing.state;
  return {
    state,
    status: TIMING_STATUS[state],
    term: TIMING_TERM[state],
    value: timingLabel(timing),
    dates:
      state === 'belum-mulai'
        ? `mulai ${formatCalendarDay(dates.startDate)}`
        : `${state === 'berjalan' ? 'hingga' : 'pada'} ${formatCalendarDay(dates.endDate)}`,
    asOf: `per ${formatCalendarDay(day)}`,
  };
}

/**
 * The reader's day in Asia/Jakarta, or undefined when their clock cannot be right: a page built
 * on `builtOn` cannot be read before that day, so a clock behind it (a dead CMOS battery, a phone
 * set to 2001) is ignored and the build's text stays. A clock far ahead cannot be told from the
 * truth; it can only make a campaign read as ended, which it will be. Past the year 9999 the day
 * is no `YYYY-MM-DD` and is ignored too.
 */
export function readerDay(now: Date, builtOn: CalendarDay | undefined): CalendarDay | undefined {
  if (Number.isNaN(now.getTime()) || builtOn === undefined) return undefined;
  const day = isoDate(now);
  return /^\d{4}-\d\d-\d\d$/.test(day) && day >= builtOn ? day : undefined;
}
