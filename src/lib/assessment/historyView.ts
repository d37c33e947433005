/**
 * What the history page shows, computed once here so the island only renders: rows newest first,
 * each with its level and the change from the result before it, and chart labels oldest first.
 */
import type { Level } from '../../schemas/assessment';
import { formatDate } from '../../vocab/dates';
import { SITE_LOCALE, SITE_TIME_ZONE } from '../../vocab/locale';
import type { PillarSlug } from '../../vocab/taxonomy';
import { compareScores, type Comparison } from './compare';
import { sortHistory, type HistoryEntry } from './history';
import { findLevel, overallIndex, type PillarScores } from './scoring';

const shortDay = new Intl.DateTimeFormat(SITE_LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: SITE_TIME_ZONE });
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

/** Day labels, with the time (WIB) where two results share a day, so every label is unique. */
function labels(entries: readonly HistoryEntry[], format: (date: Date) => string): string[] {
  const days = entries.map((e) => format(new Date(e.takenAt)));
  return days.map((day, i) =>
    days.indexOf(day) !== days.lastIndexOf(day) ? `${day}, ${time.format(new Date(entries[i]!.takenAt))}` : day,
  );
}

/** Newest first. */
export function historyRows(entries: readonly HistoryEntry[], levels: readonly Level[]): HistoryRow[] {
  const sorted = sortHistory(entries);
  const dates = labels(sorted, formatDate);
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

/** Short labels for the chart's time axis, oldest first. */
export function chartLabels(entries: readonly HistoryEntry[]): string[] {
  return labels(sortHistory(entries), (date) => shortDay.format(date));
}

export interface HistorySeries {
  /** One per result, oldest first. */
  labels: string[];
  /** The index first, then one series per pillar, in the order given. */
  series: { label: string; values: number[] }[];
}

export function historySeries(entries: readonly HistoryEntry[], pillars: readonly { slug: PillarSlug; name: string }[]): HistorySeries {
  const sorted = sortHistory(entries);
  return {
    labels: chartLabels(sorted),
    series: [
      { label: 'Indeks PRIMA', values: sorted.map((e) => overallIndex(e.scores)) },
      ...pillars.map((p) => ({ label: p.name, values: sorted.map((e) => e.scores[p.slug]) })),
    ],
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
