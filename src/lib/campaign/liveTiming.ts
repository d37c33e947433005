import { formatCalendarDay, parseCalendarDay, toCalendarDay, type CalendarDay } from '../../vocab/dates';
import { campaignTiming, timingLabel, type CampaignTiming } from './progress';

/**
 * The timing of a campaign in words, as the page shows it. The build writes it with the build's
 * date, and the page's small script writes it again with the reader's date, through this one
 * function, so the two can only differ in the day they were computed for.
 */

export type TimingState = CampaignTiming['state'];

/** The status badge: where the campaign stands. */
export const TIMING_STATUS: Record<TimingState, string> = {
  'belum-mulai': 'Belum dimulai',
  berjalan: 'Berjalan',
  berakhir: 'Berakhir',
};

/** What the timing figure is called for each state. */
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

export function timingView(dates: { startDate: CalendarDay; endDate: CalendarDay }, day: CalendarDay): TimingView {
  const timing = campaignTiming(dates, day);
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
  const day = parseCalendarDay(toCalendarDay(now));
  return day === undefined || day < builtOn ? undefined : day;
}
