import { describe, expect, it } from 'vitest';
import { historyChartSummary, historyRows, historySeries } from '~/lib/assessment/historyView';
import type { Level } from '~/schemas/assessment';
import { entry } from './assessmentFixtures';

const LEVELS: Level[] = [
  { min: 0, max: 39, name: 'Perlu Pembenahan', meaning: '-' },
  { min: 40, max: 59, name: 'Berkembang', meaning: '-' },
  { min: 60, max: 79, name: 'Cakap', meaning: '-' },
  { min: 80, max: 100, name: 'Prima', meaning: '-' },
];
const PILLARS = [
  { slug: 'profesional', name: 'Profesional' },
  { slug: 'akuntabel', name: 'Akuntabel' },
] as const;
// Indices 70, 72, 40.
const A = entry('2025-01-10T02:00:00.000Z', [50, 60, 70, 80, 90]);
const B = entry('2025-04-12T02:00:00.000Z', [58, 57, 70, 85, 90]);
const C = entry('2025-04-12T09:30:00.000Z', [40, 40, 40, 40, 40]);

describe('historyRows', () => {
  it('lists results newest first with level and the change from the one before', () => {
    const rows = historyRows([A, C, B], LEVELS);
    expect(rows.map((r) => [r.date, r.index, r.level.name])).toEqual([
      // Two results on one day carry their time (WIB).
      ['12 April 2025, 16.30', 40, 'Berkembang'],
      ['12 April 2025, 09.00', 72, 'Cakap'],
      ['10 Januari 2025', 70, 'Cakap'],
    ]);
    expect(rows[0]!.change?.index).toEqual({ before: 72, after: 40, delta: -32 });
    expect(rows[1]!.change?.pillars.profesional).toEqual({ before: 50, after: 58, delta: 8 });
    expect(rows[2]!.change).toBeUndefined();
  });
});

describe('historySeries', () => {
  it('places results by the days between them, index first, then the pillars given', () => {
    const data = historySeries([B, A], PILLARS);
    expect(data.series.map((s) => s.label)).toEqual(['Indeks PRIMA', 'Profesional', 'Akuntabel']);
    // 10 January to 12 April 2025 is 92 days.
    expect(data.series[0]!.points).toEqual([
      { x: 0, y: 70, label: '10 Januari 2025' },
      { x: 92, y: 72, label: '12 April 2025' },
    ]);
    expect(data.series[2]!.points.map((p) => p.y)).toEqual([90, 90]);
    expect(data.min).toBeLessThan(0);
    expect(data.max).toBeGreaterThan(92);
    // Over two months: monthly ticks, from the first month on.
    expect(data.ticks.map((t) => t.label)).toEqual(['Feb 2025', 'Mar 2025', 'Apr 2025']);
  });

  it('gives a single result an axis around it', () => {
    const data = historySeries([A], PILLARS);
    expect(data.series[0]!.points).toEqual([{ x: 0, y: 70, label: '10 Januari 2025' }]);
    expect(data.min).toBeLessThan(0);
    expect(data.max).toBeGreaterThan(0);
  });
});

describe('historyChartSummary', () => {
  it('names what the chart shows and its ends', () => {
    expect(historyChartSummary(historyRows([A, B], LEVELS))).toBe(
      'Grafik garis indeks PRIMA dan lima pilar dari waktu ke waktu: 2 hasil, 10 Januari 2025 sampai 12 April 2025. Indeks terakhir 72.',
    );
    expect(historyChartSummary(historyRows([A], LEVELS))).toBe(
      'Grafik garis indeks PRIMA dan lima pilar dari waktu ke waktu: satu hasil, 10 Januari 2025. Indeks terakhir 70.',
    );
  });
});
