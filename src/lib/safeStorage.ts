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

export interface SafeStorage {
  get(key: string): string | null;
  /** Returns true when the value reached real storage, false when it is only held in memory. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** False once storage is known to be unavailable or a write has failed. */
  readonly persistent: boolean;
}

const PROBE_KEY = 'asn-prima:probe';

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
  let healthy = true;

  const store = (): StorageLike | null => {
    if (resolved !== undefined) return resolved;
    try {
      const candidate = backend() ?? null;
      // A write probe: old Safari private mode exposes localStorage but throws on every setItem.
      candidate?.setItem(PROBE_KEY, '1');
      candidate?.removeItem(PROBE_KEY);
      resolved = candidate;
    } catch {
      resolved = null;
    }
    if (resolved === null) healthy = false;
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
          return true;
        }
      } catch {
        healthy = false;
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
      return store() !== null && healthy;
    },
  };
}

/** Where a value that could not be read is moved: beside the original, never over an earlier backup. */
export function backupKeyFor(key: string, now: number): string {
  return `${key}:cadangan:${now}`;
}

export type StoredRead<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  /** The stored text was not JSON or not ours; it now lives under `backupKey`. */
  | { status: 'set-aside'; backupKey: string };

/**
 * Reads JSON and lets `accept` decide whether it is ours (returning the typed value) or not
 * (returning undefined). Data that fails either step is moved to a backup key rather than deleted:
 * it may be another version's work or a bug of ours, and someone may want it back.
 */
export function readJson<T>(
  storage: SafeStorage,
  key: string,
  accept: (value: unknown) => T | undefined,
  options: { now?: () => number } = {},
): StoredRead<T> {
  const raw = storage.get(key);
  if (raw === null) return { status: 'empty' };
  let parsed: unknown;
  let value: T | undefined;
  try {
    parsed = JSON.parse(raw);
    value = accept(parsed);
  } catch {
    value = undefined;
  }
  if (value !== undefined) return { status: 'ok', value };
  let backupKey = backupKeyFor(key, (options.now ?? Date.now)());
  for (let n = 2; storage.get(backupKey) !== null; n++) backupKey = `${backupKeyFor(key, (options.now ?? Date.now)())}-${n}`;
  // Only drop the original once the copy is safely stored; otherwise leave both in place.
  if (storage.set(backupKey, raw)) storage.remove(key);
  return { status: 'set-aside', backupKey };
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
