/**
 * Browser storage that never throws. `localStorage` can be missing (server render), refuse access
 * (privacy settings, sandboxed frames throw SecurityError on the mere property read) or refuse
 * writes (private mode, full quota). In every such case values are kept in memory instead, so the
 * person can still finish what they started; they are only lost when the page closes.
 */

/** The part of the Web Storage API we use; `localStorage` and test doubles both fit. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Why values are held in memory only: storage refused outright (privacy settings, no storage at
 * all) or full. The two need different words: "not allowed" sends a reader with a full store
 * hunting for a setting that is not there.
 */
export type StorageProblem = 'unavailable' | 'full';

export interface SafeStorage {
  get(key: string): string | null;
  /** Returns true when the value reached real storage, false when it is only held in memory. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** False once storage is known to be unavailable or the last write failed. */
  readonly persistent: boolean;
  /** What went wrong, from the availability probe or the last write; undefined while all is well. */
  readonly problem: StorageProblem | undefined;
}

const PROBE_KEY = 'asn-prima:probe';

/** Browsers name a full store differently (Firefox's legacy name and codes included). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function defaultBackend(): StorageLike | undefined {
  return (globalThis as { localStorage?: StorageLike }).localStorage;
}

/**
 * `backend` is called once, lazily, inside a guard, because even reading `window.localStorage`
 * can throw.
 */
export function createSafeStorage(backend: () => StorageLike | null | undefined = defaultBackend): SafeStorage {
  // Values whose last write failed; they shadow the backend so a read returns what was written.
  const memory = new Map<string, string>();
  let resolved: StorageLike | null | undefined;
  let problem: StorageProblem | undefined;

  const store = (): StorageLike | null => {
    if (resolved !== undefined) return resolved;
    let candidate: StorageLike | null = null;
    try {
      candidate = backend() ?? null;
      // A write probe: old Safari private mode exposes localStorage but throws on every setItem.
      candidate?.setItem(PROBE_KEY, '1');
      candidate?.removeItem(PROBE_KEY);
      resolved = candidate;
    } catch (error) {
      // A full store still reads, and frees up when something is removed: keep it, say "full".
      resolved = candidate && isQuotaError(error) ? candidate : null;
      if (resolved) problem = 'full';
    }
    if (resolved === null) problem = 'unavailable';
    return resolved;
  };

  return {
    get(key) {
      const held = memory.get(key);
      if (held !== undefined) return held;
      try {
        const value = store()?.getItem(key);
        return typeof value === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        const target = store();
        if (target) {
          target.setItem(key, value);
          memory.delete(key);
          // Space may have been freed since a failed write: once nothing is held in memory only,
          // everything written is really stored again.
          if (memory.size === 0) problem = undefined;
          return true;
        }
      } catch (error) {
        problem = isQuotaError(error) ? 'full' : 'unavailable';
      }
      memory.set(key, value);
      return false;
    },
    remove(key) {
      memory.delete(key);
      try {
        store()?.removeItem(key);
      } catch {
        // Nothing to do: the value is already gone from memory, which is what reads see first.
      }
    },
    get persistent() {
      return store() !== null && problem === undefined;
    },
    get problem() {
      store();
      return problem;
    },
  };
}

/** Where a value that could not be read is moved: beside the original, never over an earlier backup. */
export function backupKeyFor(key: string, now: number): string {
  return `${key}:cadangan:${now}`;
}

/**
 * Unreadable values longer than this are deleted instead of backed up. None of the site's records
 * comes near it; a copy of a multi-megabyte value would not fit beside the original in a 5 MB
 * store, so the original could never be moved aside and would fill the store for good.
 */
export const MAX_BACKUP_CHARS = 64 * 1024;

export type StoredRead<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  /** The stored text was not JSON or not ours; it now lives under `backupKey`. */
  | { status: 'set-aside'; backupKey: string }
  /** The stored text was unreadable and too large to be ours; it was deleted. */
  | { status: 'discarded'; chars: number };

export interface ReadJsonOptions {
  now?: () => number;
  /** A stored text longer than this is not ours, whatever it contains; it is not even parsed. */
  maxChars?: number;
}

/**
 * Reads JSON and lets `accept` decide whether it is ours (returning the typed value) or not
 * (returning undefined). Data that fails either step is moved to a backup key rather than deleted:
 * it may be another version's work or a bug of ours, and someone may want it back. Only a value
 * too large to back up (`MAX_BACKUP_CHARS`) is deleted.
 */
export function readJson<T>(
  storage: SafeStorage,
  key: string,
  accept: (value: unknown) => T | undefined,
  options: ReadJsonOptions = {},
): StoredRead<T> {
  const raw = storage.get(key);
  if (raw === null) return { status: 'empty' };
  let value: T | undefined;
  if (raw.length <= (options.maxChars ?? Infinity)) {
    try {
      value = accept(JSON.parse(raw));
    } catch {
      value = undefined;
    }
  }
  if (value !== undefined) return { status: 'ok', value };
  if (raw.length > MAX_BACKUP_CHARS) {
    storage.remove(key);
    return { status: 'discarded', chars: raw.length };
  }
  return { status: 'set-aside', backupKey: setAside(storage, key, raw, options.now) };
}

/**
 * Copies `raw` to a fresh backup key beside `key` and removes the original once the copy is
 * stored; when the copy cannot be stored, both stay where they are. Returns the backup key.
 */
export function setAside(storage: SafeStorage, key: string, raw: string, now: () => number = Date.now): string {
  const time = now();
  let backupKey = backupKeyFor(key, time);
  for (let n = 2; storage.get(backupKey) !== null; n++) backupKey = `${backupKeyFor(key, time)}-${n}`;
  if (storage.set(backupKey, raw)) storage.remove(key);
  return backupKey;
}

/** Never throws; false when the value is held in memory only (or could not be serialized). */
export function writeJson(storage: SafeStorage, key: string, value: unknown): boolean {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return false;
  }
  // `undefined` and functions stringify to undefined, not to a string.
  return typeof text === 'string' && storage.set(key, text);
}

export type SaveOutcome = { saved: true } | { saved: false; problem: StorageProblem };

/** Like `writeJson`, but says why a value did not reach storage, so the reader is told the truth. */
export function saveJson(storage: SafeStorage, key: string, value: unknown): SaveOutcome {
  if (writeJson(storage, key, value)) return { saved: true };
  return { saved: false, problem: storage.problem ?? 'unavailable' };
}
