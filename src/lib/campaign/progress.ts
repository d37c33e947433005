import type { Campaign, Donation } from '../../schemas/campaign.ts';
import { toCalendarDay, type CalendarDay } from '../../vocab/dates.ts';
import { timingOnDay, type CampaignDates, type CampaignTiming } from './liveTiming.ts';

// Timing lives beside the page script that rewrites it for the reader's day; re-exported for callers here.
export { timingLabel, type CampaignTiming } from './liveTiming.ts';

/** Totals and timing of a campaign. Pure: "today" is always an argument, never the clock. */

export function totalRaised(donations: readonly Pick<Donation, 'amount'>[]): number {
  return donations.reduce((total, d) => total + d.amount, 0);
}

export function totalDonors(donations: readonly Pick<Donation, 'donors'>[]): number {
  return donations.reduce((total, d) => total + d.donors, 0);
}

/**
 * Share of the target reached, in percent, rounded down to one decimal so a campaign at 99,96%
 * never reads 100%. Not capped: 130 means the target was passed by 30%.
 */
export function progressPercent(raised: number, target: number): number {
  if (target <= 0) return 0;
  // Multiply before dividing: (raised / target) * 1000 can land a hair under a whole number
  // (0.7 becomes 699.99…) and flooring would then lose a tenth.
  return Math.floor((raised * 1000) / target) / 10;
}

/** Width of a progress bar, 0 to 100: the bar is full once the target is met. */
export function progressBarWidth(percent: number): number {
  return Math.min(100, Math.max(0, percent));
}

/** Where `today` falls against the campaign's dates; see `timingOnDay`. */
export function campaignTiming(dates: CampaignDates, today: Date | CalendarDay): CampaignTiming {
  return timingOnDay(dates, toCalendarDay(today));
}

export interface CampaignSummary {
  raised: number;
  donors: number;
  target: number;
  /** Rounded down to one decimal; above 100 when the target was passed. */
  percent: number;
  /** `percent` capped at 100, for the width of a bar. */
  barWidth: number;
  /** Still needed to reach the target; 0 once it is reached. */
  remaining: number;
  /** Set aside for recipients in `allocations`. */
  allocated: number;
  /** Handed over, from `penyaluran` updates. */
  disbursed: number;
  timing: CampaignTiming;
}

/** Every figure a campaign card or page shows, in one call. */
export function summarizeCampaign(
  campaign: Pick<Campaign, 'donations' | 'target' | 'allocations' | 'updates' | 'startDate' | 'endDate'>,
  today: Date | CalendarDay,
): CampaignSummary {
  const raised = totalRaised(campaign.donations);
  const percent = progressPercent(raised, campaign.target);
  return {
    raised,
    donors: totalDonors(campaign.donations),
    target: campaign.target,
    percent,
    barWidth: progressBarWidth(percent),
    remaining: Math.max(0, campaign.target - raised),
    allocated: totalRaised(campaign.allocations),
    disbursed: totalRaised(campaign.updates.flatMap((u) => (u.kind === 'penyaluran' && u.amount !== undefined ? [{ amount: u.amount }] : []))),
    timing: campaignTiming(campaign, today),
  };
}
