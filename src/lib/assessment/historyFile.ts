/**
 * The result history as a JSON file the reader downloads and imports again, e.g. on a new phone.
 * Import trusts nothing in the file: every entry is checked on its own, and what is refused is
 * listed with an Indonesian reason. Nothing from the file is ever shown as text or markup, only the
 * dates and scores rebuilt from it. Merging is a separate step, so the page can ask before anything
 * already on the device is replaced.
 */
import { isoDate } from '../../vocab/dates.ts';
import { CLOCK_SKEW_MS, MAX_HISTORY, readHistoryEntry, sortHistory, type HistoryEntry } from './history.ts';
import { sameScores } from './pillarScores.ts';

/** Marks a file as ours; anything else is refused before its contents are looked at. */
export const EXPORT_FORMAT = 'asn-prima/riwayat-asesmen';
export const EXPORT_VERSION = 1;
/** A full export is about 30 KB; a larger file is something else and is not even parsed. */
export const MAX_IMPORT_BYTES = 256 * 1024;
/** Refusals listed one by one; beyond this they are counted, so a hostile file cannot flood the page. */
const MAX_LISTED_REFUSALS = 20;

export function exportHistory(entries: readonly HistoryEntry[], now: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    results: sortHistory(entries).map(({ takenAt, scores }) => ({ takenAt, scores })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export function exportFileName(now: Date): string {
  return `riwayat-asesmen-prima-${isoDate(now)}.json`;
}

export interface Refusal {
  /** 1-based position of the entry in the file's list. */
  position: number;
  reason: string;
}

export type ImportRead =
  | {
      ok: true;
      /** Oldest first, at most `MAX_HISTORY`. */
      entries: HistoryEntry[];
      /** The first refusals, in file order. */
      refused: Refusal[];
      /** How many entries were refused in all (may exceed `refused.length`). */
      refusedCount: number;
      /** The oldest readable entries beyond `MAX_HISTORY`, left out. */
      overLimit: number;
    }
  | { ok: false; reason: string };

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** `size` is the file's size in bytes as the browser reports it, checked before reading the text. */
export function readImportFile(text: string, size: number = text.length, now: number = Date.now()): ImportRead {
  if (size > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      reason: `Berkas terlalu besar (${kilobytes(Math.max(size, text.length))}) untuk riwayat asesmen; batasnya ${kilobytes(MAX_IMPORT_BYTES)}. Pilih berkas hasil ekspor dari halaman ini.`,
    };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'Berkas ini bukan JSON yang utuh: mungkin rusak atau bukan hasil ekspor riwayat.' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    return { ok: false, reason: 'Berkas ini bukan ekspor riwayat asesmen ASN Prima.' };
  const { version, results } = data as { version?: unknown; results?: unknown };
  if (typeof version === 'number' && version > EXPORT_VERSION)
    return {
      ok: false,
      reason: `Berkas ini dibuat oleh versi situs yang lebih baru (versi ${String(version)}). Muat ulang halaman ini, lalu coba lagi.`,
    };
  if (version !== EXPORT_VERSION) return { ok: false, reason: 'Versi berkas ini tidak dikenal.' };
  if (!Array.isArray(results)) return { ok: false, reason: 'Berkas ini tidak memuat daftar hasil.' };

  const refused: Refusal[] = [];
  let refusedCount = 0;
  const refuse = (position: number, reason: string) => {
    refusedCount++;
    if (refused.length < MAX_LISTED_REFUSALS) refused.push({ position, reason });
  };
  const byMoment = new Map<string, { position: number; entry: HistoryEntry }>();
  results.forEach((item, i) => {
    const read = readHistoryEntry(item, now + CLOCK_SKEW_MS);
    if (!read.ok) return refuse(i + 1, read.reason);
    const earlier = byMoment.get(read.entry.takenAt);
    if (earlier)
      return refuse(
        i + 1,
        sameScores(earlier.entry.scores, read.entry.scores)
          ? `sama dengan hasil ke-${earlier.position}`
          : `waktunya sama dengan hasil ke-${earlier.position} tetapi skornya berbeda`,
      );
    byMoment.set(read.entry.takenAt, { position: i + 1, entry: read.entry });
  });
  const entries = sortHistory([...byMoment.values()].map((v) => v.entry));
  if (entries.length === 0)
    return {
      ok: false,
      reason: results.length === 0 ? 'Berkas ini tidak berisi hasil apa pun.' : 'Tidak ada satu pun hasil di berkas ini yang bisa dibaca.',
    };
  const overLimit = Math.max(0, entries.length - MAX_HISTORY);
  return { ok: true, entries: entries.slice(overLimit), refused, refusedCount, overLimit };
}

export interface MergePlan {
  /** What the history would become, oldest first. */
  merged: HistoryEntry[];
  /** Entries from the file that are new to this device. */
  added: number;
  /** Entries already on the device with the same moment and scores. */
  alreadyThere: number;
  /** Same moment, different scores: the device's entry is kept. */
  conflicts: number;
  /** The oldest entries that no longer fit under `MAX_HISTORY`. */
  overLimit: number;
}

/** Adds what is new and never changes an entry already on the device. */
export function mergeHistory(existing: readonly HistoryEntry[], incoming: readonly HistoryEntry[]): MergePlan {
  const onDevice = new Map(existing.map((entry) => [entry.takenAt, entry]));
  let added = 0;
  let alreadyThere = 0;
  let conflicts = 0;
  const fresh: HistoryEntry[] = [];
  for (const entry of incoming) {
    const there = onDevice.get(entry.takenAt);
    if (!there) {
      fresh.push(entry);
      added++;
    } else if (sameScores(there.scores, entry.scores)) alreadyThere++;
    else conflicts++;
  }
  const merged = sortHistory([...existing, ...fresh]);
  const overLimit = Math.max(0, merged.length - MAX_HISTORY);
  return { merged: merged.slice(overLimit), added, alreadyThere, conflicts, overLimit };
}
