/**
 * Every completed result, kept on the reader's device with the moment it was taken, so progress can
 * be seen over months. Only the five pillar scores and a timestamp are stored: no answers, no name.
 *
 * Stored as `{ version: 1, results: [{ takenAt, scores }] }`, oldest first, under a versioned key.
 * Reading is forgiving: a broken entry is dropped (after the whole record is copied to a backup
 * key), the good ones are kept, and the caller learns how many were dropped.
 */
import { readJson, saveJson, setAside, type SafeStorage, type SaveOutcome } from '../safeStorage.ts';
import { readPillarScores, sameScores } from './pillarScores.ts';
import type { PillarScores } from './scoring.ts';

export const HISTORY_STORAGE_KEY = 'asn-prima:asesmen:riwayat:v1';
const FORMAT_VERSION = 1;
/** A retake every three months for fifty years; older results make way for new ones beyond this. */
export const MAX_HISTORY = 200;
/** A full history is about 26 KB; a stored value much larger than that is not ours. */
const MAX_STORED_CHARS = 64 * 1024;
/** Results dated before the site existed, or more than a day ahead of the clock, are not real. */
const EARLIEST = Date.UTC(2020, 0, 1);
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/** Full ISO 8601 with a zone, as `toISOString` writes it; lenient `Date` parsing is not trusted. */
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `Date.parse` rolls 30 February over to 2 March; a date that does not exist is refused instead. */
function readMoment(value: unknown): number | undefined {
  const match = typeof value === 'string' ? ISO_RE.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const time = Date.parse(value as string);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && !Number.isNaN(time) ? time : undefined;
}

/** An entry's `takenAt` (its identity) as the history writes it, or undefined for anything that is not a real moment. */
export function readTakenAt(value: unknown): string | undefined {
  const time = readMoment(value);
  return time === undefined ? undefined : new Date(time).toISOString();
}

export interface HistoryEntry {
  /** When the result was shown, as an ISO string in UTC; also the entry's identity. */
  takenAt: string;
  scores: PillarScores;
}

export type EntryRead = { ok: true; entry: HistoryEntry } | { ok: false; reason: string };

/**
 * Checks one entry from storage or an imported file; the reason is Indonesian, for the reader.
 * `latest` is the last moment accepted: a day past the clock for a file, none for the device's own
 * history, which a clock set wrong (and later put right) must not make disappear.
 */
export function readHistoryEntry(value: unknown, latest: number = Date.now() + CLOCK_SKEW_MS): EntryRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'bukan data hasil asesmen' };
  const { takenAt, scores } = value as { takenAt?: unknown; scores?: unknown };
  const time = readMoment(takenAt);
  if (time === undefined) return { ok: false, reason: 'tanggal tidak terbaca' };
  if (time < EARLIEST || time > latest) return { ok: false, reason: 'tanggalnya tidak mungkin (sebelum 2020 atau di masa depan)' };
  const read = readPillarScores(scores);
  if (!read.ok)
    return {
      ok: false,
      reason: read.pillar ? `skor pilar ${read.pillar} harus bilangan bulat 0 sampai 100` : 'skor lima pilar tidak ada',
    };
  return { ok: true, entry: { takenAt: new Date(time).toISOString(), scores: read.scores } };
}

/** Oldest first; of two entries with the same moment the first is kept. */
export function sortHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  return [...entries]
    .sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt))
    .filter((entry) => !seen.has(entry.takenAt) && seen.add(entry.takenAt));
}

/** Keeps the newest `MAX_HISTORY`. */
function capped(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.length > MAX_HISTORY ? entries.slice(entries.length - MAX_HISTORY) : entries;
}

/**
 * Adds a result just shown. `replace` is the moment of an entry this result revises (the person
 * went back to fix an answer): that entry goes, so one attempt stays one entry.
 */
export function recordResult(
  entries: readonly HistoryEntry[],
  scores: PillarScores,
  now: Date,
  options: { replace?: string | undefined } = {},
): HistoryEntry[] {
  const kept = options.replace === undefined ? entries : removeEntry(entries, options.replace);
  return capped(sortHistory([...kept, { takenAt: now.toISOString(), scores: { ...scores } }]));
}

/**
 * Where a result on screen stands in the history: `current` is the newest entry when it holds these
 * very scores (the result was recorded), and `previous` the result to compare with. A result that
 * never reached the history (storage full, or finished before there was one) is compared with the
 * newest entry.
 */
export function placeInHistory(entries: readonly HistoryEntry[], scores: PillarScores): { current?: HistoryEntry; previous?: HistoryEntry } {
  const sorted = sortHistory(entries);
  const newest = sorted.at(-1);
  if (newest && sameScores(newest.scores, scores)) {
    const previous = sorted.at(-2);
    return previous ? { current: newest, previous } : { current: newest };
  }
  return newest ? { previous: newest } : {};
}

export function removeEntry(entries: readonly HistoryEntry[], takenAt: string): HistoryEntry[] {
  return entries.filter((entry) => entry.takenAt !== takenAt);
}

export interface LoadedHistory {
  /** Oldest first. */
  entries: HistoryEntry[];
  /** Entries that could not be read and were left out; the record was copied to `backupKey` first. */
  dropped: number;
  /** Set when unreadable data was moved aside (all of it, or the record before dropping entries). */
  backupKey?: string;
  /** True when the stored value was too large to be ours and was deleted. */
  discarded?: boolean;
}

interface RawRecord {
  results: unknown[];
}

function asRecord(value: unknown): RawRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, results } = value as { version?: unknown; results?: unknown };
  return version === FORMAT_VERSION && Array.isArray(results) ? { results } : undefined;
}

/** Never throws. A partly broken record is repaired in storage once its original is backed up. */
export function loadHistory(storage: SafeStorage, now: () => number = Date.now): LoadedHistory {
  const read = readJson(storage, HISTORY_STORAGE_KEY, asRecord, { maxChars: MAX_STORED_CHARS, now });
  if (read.status === 'empty') return { entries: [], dropped: 0 };
  if (read.status === 'discarded') return { entries: [], dropped: 0, discarded: true };
  if (read.status === 'set-aside') return { entries: [], dropped: 0, backupKey: read.backupKey };
  const good: HistoryEntry[] = [];
  let dropped = 0;
  for (const item of read.value.results) {
    const entry = readHistoryEntry(item, Infinity);
    if (entry.ok) good.push(entry.entry);
    else dropped++;
  }
  const entries = capped(sortHistory(good));
  // Repeated moments are dropped by sorting, old ones by the cap: both count as dropped too.
  dropped += good.length - entries.length;
  if (dropped === 0) return { entries, dropped };
  const raw = storage.get(HISTORY_STORAGE_KEY) ?? '';
  const backupKey = setAside(storage, HISTORY_STORAGE_KEY, raw, now);
  // Repair only once the original is safe under the backup key (it is gone from its own key then).
  if (storage.get(HISTORY_STORAGE_KEY) === null) saveHistory(storage, entries);
  return { entries, dropped, backupKey };
}

/** Says truthfully why a save did not reach storage: refused, or full. */
export function saveHistory(storage: SafeStorage, entries: readonly HistoryEntry[]): SaveOutcome {
  return saveJson(storage, HISTORY_STORAGE_KEY, { version: FORMAT_VERSION, results: capped(sortHistory(entries)) });
}

export function clearHistory(storage: SafeStorage): void {
  storage.remove(HISTORY_STORAGE_KEY);
}
