import { describe, expect, it } from 'vitest';
import { changeSymbol, changeWords, compareScores } from '~/lib/assessment/compare';
import {
  clearHistory,
  HISTORY_STORAGE_KEY,
  loadHistory,
  MAX_HISTORY,
  placeInHistory,
  readHistoryEntry,
  recordResult,
  removeEntry,
  saveHistory,
} from '~/lib/assessment/history';
import { createSafeStorage } from '~/lib/safeStorage';
import { storageProblemText } from '~/lib/storageNotice';
import { dailyEntries, entry, scoresOf } from './assessmentFixtures';
import { FakeStorage } from './fakeStorage';

const NOW = Date.parse('2025-07-01T03:00:00Z');
const A = entry('2025-01-10T02:00:00.000Z', [50, 60, 70, 80, 90]);
const B = entry('2025-04-12T02:00:00.000Z', [58, 57, 70, 85, 90]);
const record = (results: unknown[]) => JSON.stringify({ version: 1, results });

describe('readHistoryEntry', () => {
  it('accepts a well-formed entry and rebuilds it without extra fields', () => {
    const read = readHistoryEntry({ ...A, name: 'Budi', scores: { ...A.scores, extra: 5 } });
    expect(read).toEqual({ ok: true, entry: A });
  });

  it('normalises an offset time to UTC', () => {
    expect(readHistoryEntry({ ...A, takenAt: '2025-01-10T09:00+07:00' })).toEqual({ ok: true, entry: A });
  });

  it('accepts 29 February of a leap year', () => {
    expect(readHistoryEntry({ ...A, takenAt: '2024-02-29T10:00:00Z' }).ok).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'bukan data hasil asesmen'],
    ['an array', [A], 'bukan data hasil asesmen'],
    ['no date', { scores: A.scores }, 'tanggal tidak terbaca'],
    ['a date without time zone', { ...A, takenAt: '2025-01-10' }, 'tanggal tidak terbaca'],
    ['a date Date.parse would guess at', { ...A, takenAt: 'Jan 10 2025' }, 'tanggal tidak terbaca'],
    ['an impossible time', { ...A, takenAt: '2025-02-10T99:00:00Z' }, 'tanggal tidak terbaca'],
    ['30 February', { ...A, takenAt: '2025-02-30T10:00:00Z' }, 'tanggal tidak terbaca'],
    ['month 13', { ...A, takenAt: '2025-13-01T10:00:00Z' }, 'tanggal tidak terbaca'],
    ['a number', { ...A, takenAt: 1736474400000 }, 'tanggal tidak terbaca'],
    ['a date in the future', { ...A, takenAt: '2025-07-03T00:00:00Z' }, 'tanggalnya tidak mungkin (sebelum 2020 atau di masa depan)'],
    ['a date before the site', { ...A, takenAt: '1999-01-01T00:00:00Z' }, 'tanggalnya tidak mungkin (sebelum 2020 atau di masa depan)'],
    ['no scores', { takenAt: A.takenAt }, 'skor lima pilar tidak ada'],
    ['a missing pillar', { takenAt: A.takenAt, scores: { profesional: 1 } }, 'skor pilar responsif harus bilangan bulat 0 sampai 100'],
    ['a score over 100', { takenAt: A.takenAt, scores: { ...A.scores, inovatif: 101 } }, 'skor pilar inovatif harus bilangan bulat 0 sampai 100'],
    ['a fractional score', { takenAt: A.takenAt, scores: { ...A.scores, akuntabel: 50.5 } }, 'skor pilar akuntabel harus bilangan bulat 0 sampai 100'],
    ['a score as text', { takenAt: A.takenAt, scores: { ...A.scores, melayani: '80' } }, 'skor pilar melayani harus bilangan bulat 0 sampai 100'],
    ['a score only on the prototype', { takenAt: A.takenAt, scores: Object.create(A.scores) }, 'skor pilar profesional harus bilangan bulat 0 sampai 100'],
  ])('refuses %s with a reason a reader understands', (_, value, reason) => {
    expect(readHistoryEntry(value, NOW + 24 * 60 * 60 * 1000)).toEqual({ ok: false, reason });
  });
});

describe('recordResult', () => {
  it('appends a new attempt, oldest first', () => {
    const next = recordResult([A], B.scores, new Date(B.takenAt));
    expect(next).toEqual([A, B]);
  });

  it('replaces the entry an attempt revises, so one attempt stays one entry', () => {
    const revised = recordResult([A, B], scoresOf([1, 2, 3, 4, 5]), new Date('2025-04-12T02:05:00Z'), { replace: B.takenAt });
    expect(revised).toEqual([A, entry('2025-04-12T02:05:00.000Z', [1, 2, 3, 4, 5])]);
    // An entry that is no longer there is simply not replaced.
    expect(recordResult([A], B.scores, new Date(B.takenAt), { replace: 'hilang' })).toEqual([A, B]);
  });

  it('keeps the newest MAX_HISTORY results', () => {
    const many = dailyEntries(MAX_HISTORY, (i) => [i % 101, 0, 0, 0, 0]);
    const next = recordResult(many, B.scores, new Date(B.takenAt));
    expect(next).toHaveLength(MAX_HISTORY);
    expect(next[0]).toEqual(many[1]);
    expect(next.at(-1)).toEqual(B);
  });

  it('does not share the caller’s score object', () => {
    const scores = { ...A.scores };
    const [first] = recordResult([], scores, new Date(A.takenAt));
    (scores as Record<string, number>)['profesional'] = 0;
    expect(first!.scores.profesional).toBe(50);
  });
});

describe('placeInHistory', () => {
  it('finds the recorded result and the one before it', () => {
    expect(placeInHistory([A, B], B.scores)).toEqual({ current: B, previous: A });
    expect(placeInHistory([A], A.scores)).toEqual({ current: A });
  });

  it('compares a result that never reached the history with the newest entry', () => {
    expect(placeInHistory([A, B], scoresOf([1, 1, 1, 1, 1]))).toEqual({ previous: B });
    expect(placeInHistory([], A.scores)).toEqual({});
  });
});

describe('removeEntry', () => {
  it('removes exactly one entry by its moment', () => {
    expect(removeEntry([A, B], A.takenAt)).toEqual([B]);
    expect(removeEntry([A, B], 'nope')).toEqual([A, B]);
  });
});

describe('history storage', () => {
  it('uses a versioned key and round-trips', () => {
    expect(HISTORY_STORAGE_KEY).toBe('asn-prima:asesmen:riwayat:v1');
    const backend = new FakeStorage();
    const storage = createSafeStorage(() => backend);
    expect(saveHistory(storage, [B, A])).toEqual({ saved: true });
    expect(JSON.parse(backend.items.get(HISTORY_STORAGE_KEY)!)).toEqual({ version: 1, results: [A, B] });
    expect(loadHistory(createSafeStorage(() => backend), () => NOW)).toEqual({ entries: [A, B], dropped: 0 });
    clearHistory(storage);
    expect(backend.items.has(HISTORY_STORAGE_KEY)).toBe(false);
  });

  it('keeps its own results dated in the future: a clock set wrong must not make them disappear', () => {
    const backend = new FakeStorage();
    const later = entry('2031-01-01T00:00:00.000Z', [1, 2, 3, 4, 5]);
    backend.items.set(HISTORY_STORAGE_KEY, record([A, later]));
    expect(loadHistory(createSafeStorage(() => backend), () => NOW)).toEqual({ entries: [A, later], dropped: 0 });
  });

  it('starts empty on a first visit', () => {
    expect(loadHistory(createSafeStorage(() => new FakeStorage()))).toEqual({ entries: [], dropped: 0 });
  });

  it.each([
    ['broken JSON', '{"version":1,"results":['],
    ['another version', JSON.stringify({ version: 2, results: [A] })],
    ['results that are not a list', JSON.stringify({ version: 1, results: { 0: A } })],
    ['a foreign value', 'dark'],
  ])('sets %s aside under a backup key and starts empty', (_, raw) => {
    const backend = new FakeStorage();
    backend.items.set(HISTORY_STORAGE_KEY, raw);
    const loaded = loadHistory(createSafeStorage(() => backend), () => 42);
    expect(loaded).toEqual({ entries: [], dropped: 0, backupKey: `${HISTORY_STORAGE_KEY}:cadangan:42` });
    expect(backend.items.get(loaded.backupKey!)).toBe(raw);
    expect(backend.items.has(HISTORY_STORAGE_KEY)).toBe(false);
  });

  it('keeps the good entries of a partly broken record, after backing the whole record up', () => {
    const backend = new FakeStorage();
    const raw = record([A, { takenAt: 'kemarin', scores: A.scores }, null, B, A]);
    backend.items.set(HISTORY_STORAGE_KEY, raw);
    const loaded = loadHistory(createSafeStorage(() => backend), () => NOW);
    expect(loaded.entries).toEqual([A, B]);
    // Two unreadable entries and one repeat of A.
    expect(loaded.dropped).toBe(3);
    expect(backend.items.get(loaded.backupKey!)).toBe(raw);
    // Repaired in place, so the next visit is clean.
    expect(loadHistory(createSafeStorage(() => backend), () => NOW)).toEqual({ entries: [A, B], dropped: 0 });
  });

  it('does not repair a partly broken record when its backup cannot be stored', () => {
    const backend = new FakeStorage();
    const raw = record([A, 'rusak']);
    backend.items.set(HISTORY_STORAGE_KEY, raw);
    backend.fill();
    const loaded = loadHistory(createSafeStorage(() => backend), () => NOW);
    expect(loaded.entries).toEqual([A]);
    expect(backend.items.get(HISTORY_STORAGE_KEY)).toBe(raw);
  });

  it('deletes a 4 MB value under its key instead of keeping it forever', () => {
    const backend = new FakeStorage();
    backend.items.set(HISTORY_STORAGE_KEY, record([A, { padding: 'x'.repeat(4 * 1024 * 1024) }]));
    backend.fill();
    const storage = createSafeStorage(() => backend);
    expect(loadHistory(storage)).toEqual({ entries: [], dropped: 0, discarded: true });
    expect(backend.items.size).toBe(0);
    // With the room back, a new result is really stored.
    expect(saveHistory(storage, [B])).toEqual({ saved: true });
  });

  it('says the store is full, not that storage is refused, when a save does not fit', () => {
    const backend = new FakeStorage();
    backend.items.set('asn-prima:lain', 'x'.repeat(500));
    const storage = createSafeStorage(() => backend);
    storage.get('x'); // the probe runs while there is still room
    backend.fill();
    const outcome = saveHistory(storage, [A]);
    expect(outcome).toEqual({ saved: false, problem: 'full' });
    if (!outcome.saved) expect(storageProblemText(outcome.problem, 'riwayat hasil')).toContain('sudah penuh');
    // The result is still there for this visit.
    expect(loadHistory(storage, () => NOW).entries).toEqual([A]);
  });

  it('says storage is refused when it is', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(saveHistory(storage, [A])).toEqual({ saved: false, problem: 'unavailable' });
  });
});

describe('compareScores', () => {
  it('gives the change of the index and of every pillar', () => {
    const comparison = compareScores(A.scores, B.scores);
    expect(comparison.index).toEqual({ before: 70, after: 72, delta: 2 });
    expect(comparison.pillars).toEqual({
      profesional: { before: 50, after: 58, delta: 8 },
      responsif: { before: 60, after: 57, delta: -3 },
      inovatif: { before: 70, after: 70, delta: 0 },
      melayani: { before: 80, after: 85, delta: 5 },
      akuntabel: { before: 90, after: 90, delta: 0 },
    });
  });

  it.each<[number, string, string]>([
    [8, '▲ 8', 'naik 8'],
    [-3, '▼ 3', 'turun 3'],
    [0, '=', 'tetap'],
    [100, '▲ 100', 'naik 100'],
  ])('writes a change of %i as "%s" and "%s"', (delta, symbol, words) => {
    expect(changeSymbol(delta)).toBe(symbol);
    expect(changeWords(delta)).toBe(words);
  });
});
