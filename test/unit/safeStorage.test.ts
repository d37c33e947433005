import { describe, expect, it } from 'vitest';
import { createSafeStorage, readJson, writeJson, type StorageLike } from '~/lib/safeStorage';

/** An in-memory Web Storage double; `failWrites` mimics private mode or a full quota. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWrites = false;
  failReads = false;
  getItem(key: string): string | null {
    if (this.failReads) throw new Error('SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe('createSafeStorage', () => {
  it('writes through to real storage when it works', () => {
    const backend = new FakeStorage();
    const storage = createSafeStorage(() => backend);
    expect(storage.set('k', 'v')).toBe(true);
    expect(backend.items.get('k')).toBe('v');
    expect(storage.get('k')).toBe('v');
    expect(storage.persistent).toBe(true);
    storage.remove('k');
    expect(backend.items.has('k')).toBe(false);
    expect(storage.get('k')).toBeNull();
    // The availability probe leaves nothing behind.
    expect([...backend.items.keys()]).toEqual([]);
  });

  describe.each<[string, () => StorageLike | null | undefined]>([
    ['missing (server render)', () => undefined],
    ['null', () => null],
    [
      'throwing on access (blocked cookies)',
      () => {
        throw new Error('SecurityError');
      },
    ],
    [
      'throwing on every write (old private mode)',
      () => {
        const s = new FakeStorage();
        s.failWrites = true;
        return s;
      },
    ],
  ])('when storage is %s', (_, backend) => {
    it('falls back to memory without throwing, so the person can finish', () => {
      const storage = createSafeStorage(backend);
      expect(storage.get('k')).toBeNull();
      expect(storage.set('k', 'v')).toBe(false);
      expect(storage.get('k')).toBe('v');
      expect(storage.persistent).toBe(false);
      storage.remove('k');
      expect(storage.get('k')).toBeNull();
    });
  });

  it('keeps a value in memory when a later write fails (quota full) and reports it', () => {
    const backend = new FakeStorage();
    const storage = createSafeStorage(() => backend);
    expect(storage.set('k', 'old')).toBe(true);
    backend.failWrites = true;
    expect(storage.set('k', 'new')).toBe(false);
    expect(storage.get('k')).toBe('new');
    expect(storage.persistent).toBe(false);
  });

  it('treats a read that throws as empty', () => {
    const backend = new FakeStorage();
    const storage = createSafeStorage(() => backend);
    storage.set('k', 'v');
    backend.failReads = true;
    expect(storage.get('k')).toBeNull();
  });
});

describe('readJson', () => {
  const accept = (value: unknown) =>
    typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1 ? (value as { v: 1 }) : undefined;

  it('reads nothing as empty', () => {
    expect(readJson(createSafeStorage(() => new FakeStorage()), 'k', accept)).toEqual({ status: 'empty' });
  });

  it('reads its own data', () => {
    const storage = createSafeStorage(() => new FakeStorage());
    expect(writeJson(storage, 'k', { v: 1 })).toBe(true);
    expect(readJson(storage, 'k', accept)).toEqual({ status: 'ok', value: { v: 1 } });
  });

  describe.each([
    ['not JSON', '{v:1'],
    ['foreign JSON', '{"v":2}'],
    ['a bare string', '"hello"'],
    ['JSON null', 'null'],
  ])('with %s', (_, raw) => {
    it('moves it to a backup key instead of deleting it', () => {
      const backend = new FakeStorage();
      backend.items.set('k', raw);
      const storage = createSafeStorage(() => backend);
      expect(readJson(storage, 'k', accept, { now: () => 1234 })).toEqual({ status: 'set-aside', backupKey: 'k:cadangan:1234' });
      expect(backend.items.get('k:cadangan:1234')).toBe(raw);
      expect(backend.items.has('k')).toBe(false);
    });
  });

  it('never overwrites an earlier backup', () => {
    const backend = new FakeStorage();
    backend.items.set('k:cadangan:1', 'first');
    backend.items.set('k', 'second');
    const storage = createSafeStorage(() => backend);
    expect(readJson(storage, 'k', accept, { now: () => 1 })).toEqual({ status: 'set-aside', backupKey: 'k:cadangan:1-2' });
    expect(backend.items.get('k:cadangan:1')).toBe('first');
    expect(backend.items.get('k:cadangan:1-2')).toBe('second');
  });

  it('leaves the original in place when the backup cannot be stored', () => {
    const backend = new FakeStorage();
    backend.items.set('k', 'garbage');
    const storage = createSafeStorage(() => backend);
    storage.get('k'); // resolve the backend before writes start failing
    backend.failWrites = true;
    expect(readJson(storage, 'k', accept, { now: () => 5 }).status).toBe('set-aside');
    expect(backend.items.get('k')).toBe('garbage');
  });

  it('treats an accept function that throws as foreign data', () => {
    const backend = new FakeStorage();
    backend.items.set('k', '{}');
    const storage = createSafeStorage(() => backend);
    const result = readJson(storage, 'k', () => {
      throw new Error('bug');
    });
    expect(result.status).toBe('set-aside');
  });
});

describe('writeJson', () => {
  it.each<[string, unknown]>([
    ['a cycle', (() => {
      const a: Record<string, unknown> = {};
      a['self'] = a;
      return a;
    })()],
    ['a BigInt', 1n],
    ['undefined', undefined],
  ])('returns false for %s instead of throwing', (_, value) => {
    const backend = new FakeStorage();
    expect(writeJson(createSafeStorage(() => backend), 'k', value)).toBe(false);
    expect(backend.items.has('k')).toBe(false);
  });
});
