import { describe, expect, it } from 'vitest';
import { createSafeStorage, isQuotaError, MAX_BACKUP_CHARS, readJson, saveJson, writeJson, type StorageLike } from '~/lib/safeStorage';
import { storageProblemText } from '~/lib/storageNotice';
import { FakeStorage } from './fakeStorage';

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

  it('keeps a value in memory when a later write fails (quota full) and reports it as full', () => {
    const backend = new FakeStorage();
    backend.quota = 20;
    const storage = createSafeStorage(() => backend);
    expect(storage.set('k', 'old')).toBe(true);
    expect(storage.problem).toBeUndefined();
    expect(storage.set('k', 'x'.repeat(50))).toBe(false);
    expect(storage.get('k')).toBe('x'.repeat(50));
    expect(storage.persistent).toBe(false);
    expect(storage.problem).toBe('full');
    // The old value is still what real storage holds; nothing half-written.
    expect(backend.items.get('k')).toBe('old');
  });

  it('says "full", not "not allowed", when the store is already full at the first visit', () => {
    const backend = new FakeStorage();
    backend.items.set('big', 'x'.repeat(100));
    backend.quota = 100;
    const storage = createSafeStorage(() => backend);
    expect(storage.problem).toBe('full');
    expect(storage.persistent).toBe(false);
    // A full store still reads.
    expect(storage.get('big')).toHaveLength(100);
    expect(storageProblemText(storage.problem!, 'jawaban')).toMatch(/sudah penuh/);
    expect(storageProblemText(storage.problem!, 'jawaban')).not.toMatch(/tidak mengizinkan/);
  });

  it('reports storage as healthy again once room is made and nothing is held in memory only', () => {
    const backend = new FakeStorage();
    backend.items.set('big', 'x'.repeat(90));
    backend.quota = 100;
    const storage = createSafeStorage(() => backend);
    expect(storage.set('k', 'a longer value')).toBe(false);
    expect(storage.problem).toBe('full');
    storage.remove('big');
    expect(storage.problem).toBe('full');
    expect(storage.set('k', 'a longer value')).toBe(true);
    expect(storage.problem).toBeUndefined();
    expect(storage.persistent).toBe(true);
  });

  it('says "not allowed" for a store that refuses for another reason', () => {
    const backend = new FakeStorage();
    backend.failWrites = true;
    const storage = createSafeStorage(() => backend);
    expect(storage.problem).toBe('unavailable');
    expect(storageProblemText('unavailable', 'jawaban')).toBe(
      'Peramban ini tidak mengizinkan penyimpanan, jadi jawaban hanya bertahan selama halaman ini terbuka.',
    );
  });

  it('treats a read that throws as empty', () => {
    const backend = new FakeStorage();
    const storage = createSafeStorage(() => backend);
    storage.set('k', 'v');
    backend.failReads = true;
    expect(storage.get('k')).toBeNull();
  });
});

describe('isQuotaError', () => {
  it.each<[string, unknown, boolean]>([
    ['the standard DOMException', new DOMException('full', 'QuotaExceededError'), true],
    ["Firefox's legacy name", { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }, true],
    ['an old WebKit code', { name: 'Error', code: 22 }, true],
    ['a security error', new DOMException('no', 'SecurityError'), false],
    ['a plain error', new Error('QuotaExceededError'), false],
    ['not an error', 'QuotaExceededError', false],
  ])('%s → %s', (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('saveJson', () => {
  it('says why a value stayed in memory', () => {
    const backend = new FakeStorage();
    backend.quota = 30;
    const storage = createSafeStorage(() => backend);
    expect(saveJson(storage, 'k', { a: 1 })).toEqual({ saved: true });
    expect(saveJson(storage, 'k', { a: 'x'.repeat(40) })).toEqual({ saved: false, problem: 'full' });
    const refused = createSafeStorage(() => null);
    expect(saveJson(refused, 'k', 1)).toEqual({ saved: false, problem: 'unavailable' });
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

  it('deletes an unreadable value too large to back up, so a 4 MB leftover cannot fill the store for good', () => {
    const backend = new FakeStorage();
    const huge = 'x'.repeat(4 * 1024 * 1024);
    backend.items.set('k', huge);
    backend.quota = huge.length + 100;
    const storage = createSafeStorage(() => backend);
    expect(readJson(storage, 'k', accept)).toEqual({ status: 'discarded', chars: huge.length });
    expect([...backend.items.keys()]).toEqual([]);
    // The room is there again.
    expect(storage.set('other', 'v')).toBe(true);
    expect(storage.problem).toBeUndefined();
  });

  it('backs up an unreadable value right at the size limit', () => {
    const backend = new FakeStorage();
    backend.items.set('k', 'y'.repeat(MAX_BACKUP_CHARS));
    const storage = createSafeStorage(() => backend);
    expect(readJson(storage, 'k', accept, { now: () => 7 })).toEqual({ status: 'set-aside', backupKey: 'k:cadangan:7' });
  });

  it('does not even parse a value longer than maxChars, however valid', () => {
    const backend = new FakeStorage();
    backend.items.set('k', JSON.stringify({ v: 1, padding: 'z'.repeat(100) }));
    const storage = createSafeStorage(() => backend);
    let called = false;
    const result = readJson(storage, 'k', (v) => ((called = true), accept(v)), { maxChars: 50, now: () => 3 });
    expect(result).toEqual({ status: 'set-aside', backupKey: 'k:cadangan:3' });
    expect(called).toBe(false);
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
