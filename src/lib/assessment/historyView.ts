/**
 * What the history page shows, computed once here so the island only renders: rows newest first,
 * each with its level and the change from the result before it, and the chart's lines on a time axis.
 */
import type { Level } from '../../schemas/assessment.ts';
import { daysBetween, formatDate, isoDate } from '../../vocab/dates.ts';
import { dayTicks, type AxisTick } from '../campaign/timeAxis.ts';
import { SITE_LOCALE, SITE_TIME_ZONE } from '../../vocab/locale.ts';
import type { PillarSlug } from '../../vocab/taxonomy.ts';
import { compareScores, type Comparison } from './compare.ts';
import { sortHistory, type HistoryEntry } from './history.ts';
import { findLevel, overallIndex, type PillarScores } from './scoring.ts';

const time = new Intl.DateTimeFormat(SITE_LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: SITE_TIME_ZONE });

export interface HistoryRow {
  takenAt: string;
  /** "1 Juli 2025", with the time added when another result falls on the same day. */
  date: string;
  index: number;
  level: Level;
  scores: PillarScores;
  /** Against the result before; absent for the first. */
  change?: Comparison;
}

/** Dates, with the time (WIB) where two results share a day, so every label is unique. */
function labels(entries: readonly HistoryEntry[]): string[] {
  const days = entries.map((e) => formatDate(new Date(e.takenAt)));
  return days.map((day, i) =>
    days.indexOf(day) !== days.lastIndexOf(day) ? `${day}, ${time.format(new Date(entries[i]!.takenAt))}` : day,
  );
}

/** Newest first. */
export function historyRows(entries: readonly HistoryEntry[], levels: readonly Level[]): HistoryRow[] {
  const sorted = sortHistory(entries);
  const dates = labels(sorted);
  return sorted
    .map((entry, i): HistoryRow => {
      const index = overallIndex(entry.scores);
      const before = sorted[i - 1];
      const row: HistoryRow = { takenAt: entry.takenAt, date: dates[i]!, index, level: findLevel(levels, index), scores: entry.scores };
      if (before) row.change = compareScores(before.scores, entry.scores);
      return row;
    })
    .reverse();
}

export interface HistoryPoint {
  /** Days since the first result's day (Jakarta), so results sit as far apart as the time between them. */
  x: number;
  y: number;
  /** The result's date, for the tooltip ("1 Juli 2025", with the time when a day has two). */
  label: string;
}

export interface HistorySeries {
  /** The index first, then one series per pillar, in the order given; points oldest first. */
  series: { label: string; points: HistoryPoint[] }[];
  min: number;
  max: number;
  /** Weekly or monthly day ticks in Indonesian (the donation chart's rule). */
  ticks: AxisTick[];
}

export function historySeries(entries: readonly HistoryEntry[], pillars: readonly { slug: PillarSlug; name: string }[]): HistorySeries {
  const sorted = sortHistory(entries);
  const dates = labels(sorted);
  const first = sorted[0] ? isoDate(new Date(sorted[0].takenAt)) : isoDate(new Date());
  const xs = sorted.map((e) => daysBetween(first, isoDate(new Date(e.takenAt))));
  const span = xs.at(-1) ?? 0;
  const line = (label: string, value: (e: HistoryEntry) => number) => ({
    label,
    points: sorted.map((e, i) => ({ x: xs[i]!, y: value(e), label: dates[i]! })),
  });
  return {
    series: [line('Indeks PRIMA', (e) => overallIndex(e.scores)), ...pillars.map((p) => line(p.name, (e) => e.scores[p.slug]))],
    // A little room on both sides, so the first and last points stand clear of the frame (and one result has an axis).
    min: -Math.max(1, Math.round(span / 25)),
    max: span + Math.max(1, Math.round(span / 25)),
    ticks: dayTicks(first, span),
  };
}

/** The chart's accessible name: what it shows and its ends; the table beside it has every figure. */
export function historyChartSummary(rows: readonly HistoryRow[]): string {
  const newest = rows[0];
  const oldest = rows[rows.length - 1];
  if (!newest || !oldest) return 'Grafik riwayat kosong.';
  const span = rows.length === 1 ? `satu hasil, ${newest.date}` : `${rows.length} hasil, ${oldest.date} sampai ${newest.date}`;
  return `Grafik garis indeks PRIMA dan lima pilar dari waktu ke waktu: ${span}. Indeks terakhir ${newest.index}.`;
}
