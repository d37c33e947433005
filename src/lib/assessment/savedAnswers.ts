/**
 * Keeps the person's answers across visits in browser storage, under a versioned key so a future
 * change of format can start clean instead of misreading old data.
 */
import { readJson, writeJson, type SafeStorage } from '../safeStorage';
import { mergeAnswers } from './answers';
import type { Answers } from './scoring';

export const ANSWERS_STORAGE_KEY = 'asn-prima:asesmen:v1';
const FORMAT_VERSION = 1;
/** Answers to even a few hundred statements fit in a few KB; a larger value is not ours. */
const MAX_STORED_CHARS = 32 * 1024;

interface SavedRecord {
  version: typeof FORMAT_VERSION;
  answers: Record<string, unknown>;
  savedAt?: string;
}

/** Accepts only our own record shape; values inside are checked later, one by one. */
function asSavedRecord(value: unknown): SavedRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const answers = record['answers'];
  if (record['version'] !== FORMAT_VERSION) return undefined;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  return { version: FORMAT_VERSION, answers: answers as Record<string, unknown> };
}

export interface RestoredAnswers {
  answers: Answers;
  kept: number;
  dropped: number;
  /** Where unreadable or foreign data was moved; undefined when there was none. */
  setAsideTo?: string;
}

/** Never throws; unreadable data is moved aside and the person starts fresh. */
export function restoreAnswers(storage: SafeStorage, statementIds: readonly string[]): RestoredAnswers {
  const read = readJson(storage, ANSWERS_STORAGE_KEY, asSavedRecord, { maxChars: MAX_STORED_CHARS });
  if (read.status === 'ok') return mergeAnswers(read.value.answers, statementIds);
  const fresh = { answers: {}, kept: 0, dropped: 0 };
  return read.status === 'set-aside' ? { ...fresh, setAsideTo: read.backupKey } : fresh;
}

/** Returns false when the answers live only in memory (private mode, full storage). */
export function saveAnswers(storage: SafeStorage, answers: Answers, now: Date = new Date()): boolean {
  const record: SavedRecord = { version: FORMAT_VERSION, answers, savedAt: now.toISOString() };
  return writeJson(storage, ANSWERS_STORAGE_KEY, record);
}

export function clearSavedAnswers(storage: SafeStorage): void {
  storage.remove(ANSWERS_STORAGE_KEY);
}
