/**
 * Keeps the person's answers across visits in browser storage, under a versioned key so a future
 * change of format can start clean instead of misreading old data.
 */
import { readJson, writeJson, type SafeStorage } from '../safeStorage.ts';
import { mergeAnswers } from './answers.ts';
import { readTakenAt } from './history.ts';
import type { Answers } from './scoring.ts';

export const ANSWERS_STORAGE_KEY = 'asn-prima:asesmen:v1';
const FORMAT_VERSION = 1;
/** Answers to even a few hundred statements fit in a few KB; a larger value is not ours. */
const MAX_STORED_CHARS = 32 * 1024;

interface SavedRecord {
  version: typeof FORMAT_VERSION;
  answers: Record<string, unknown>;
  savedAt?: string;
  /** While "Ubah jawaban" is under way: the history entry (its `takenAt`) these answers revise. */
  revises?: string;
}

/** Accepts only our own record shape; values inside are checked later, one by one. */
function asSavedRecord(value: unknown): SavedRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const answers = record['answers'];
  if (record['version'] !== FORMAT_VERSION) return undefined;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  // Only a moment exactly as the history writes it (it is an entry's identity); anything else is
  // ignored, and the answers kept.
  const taken = readTakenAt(record['revises']);
  const revises = taken === record['revises'] ? taken : undefined;
  return { version: FORMAT_VERSION, answers: answers as Record<string, unknown>, ...(revises ? { revises } : {}) };
}

export interface RestoredAnswers {
  answers: Answers;
  kept: number;
  dropped: number;
  /** Where unreadable or foreign data was moved; undefined when there was none. */
  setAsideTo?: string;
  /** The history entry these answers were revising when the page was left (see SavedRecord). */
  revises?: string;
}

/** Never throws; unreadable data is moved aside and the person starts fresh. */
export function restoreAnswers(storage: SafeStorage, statementIds: readonly string[]): RestoredAnswers {
  const read = readJson(storage, ANSWERS_STORAGE_KEY, asSavedRecord, { maxChars: MAX_STORED_CHARS });
  if (read.status === 'ok') {
    const merged = mergeAnswers(read.value.answers, statementIds);
    return read.value.revises ? { ...merged, revises: read.value.revises } : merged;
  }
  const fresh = { answers: {}, kept: 0, dropped: 0 };
  return read.status === 'set-aside' ? { ...fresh, setAsideTo: read.backupKey } : fresh;
}

/**
 * Returns false when the answers live only in memory (private mode, full storage). `revises`: the
 * history entry being revised, kept so a reload in the middle of "Ubah jawaban" still replaces it.
 */
export function saveAnswers(storage: SafeStorage, answers: Answers, now: Date = new Date(), revises?: string): boolean {
  const record: SavedRecord = { version: FORMAT_VERSION, answers, savedAt: now.toISOString(), ...(revises ? { revises } : {}) };
  return writeJson(storage, ANSWERS_STORAGE_KEY, record);
}

export function clearSavedAnswers(storage: SafeStorage): void {
  storage.remove(ANSWERS_STORAGE_KEY);
}
