import { describe, expect, it } from 'vitest';
import { mergeAnswers, setAnswer } from '~/lib/assessment/answers';
import { ANSWERS_STORAGE_KEY, clearSavedAnswers, restoreAnswers, saveAnswers } from '~/lib/assessment/savedAnswers';
import { createSafeStorage, type StorageLike } from '~/lib/safeStorage';

const IDS = ['pro-etika', 'res-keluhan', 'ino-usul', 'mel-hormat', 'akt-catat'];

class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('mergeAnswers', () => {
  it.each<[string, unknown, Record<string, number>, number, number]>([
    ['all known and valid', { 'pro-etika': 1, 'ino-usul': 5 }, { 'pro-etika': 1, 'ino-usul': 5 }, 2, 0],
    ['a removed statement', { 'pro-etika': 4, 'pro-lama': 3 }, { 'pro-etika': 4 }, 1, 1],
    ['out-of-range values', { 'pro-etika': 0, 'res-keluhan': 6, 'ino-usul': 2.5, 'mel-hormat': '3', 'akt-catat': 3 }, { 'akt-catat': 3 }, 1, 4],
    ['a prototype key', JSON.parse('{"__proto__": 3, "pro-etika": 2}'), { 'pro-etika': 2 }, 1, 1],
    ['an array', [1, 2, 3], {}, 0, 0],
    ['null', null, {}, 0, 0],
    ['a string', 'pro-etika=5', {}, 0, 0],
  ])('%s', (_, saved, answers, kept, dropped) => {
    const merged = mergeAnswers(saved, IDS);
    expect(merged.answers).toEqual(answers);
    expect(merged.kept).toBe(kept);
    expect(merged.dropped).toBe(dropped);
    expect(Object.getPrototypeOf(merged.answers)).toBe(Object.prototype);
  });
});

describe('setAnswer', () => {
  it('returns a new object and leaves the old one alone', () => {
    const before = { 'pro-etika': 2 } as const;
    const after = setAnswer(before, 'ino-usul', 4);
    expect(after).toEqual({ 'pro-etika': 2, 'ino-usul': 4 });
    expect(before).toEqual({ 'pro-etika': 2 });
  });
});

describe('saved answers', () => {
  it('uses a versioned key', () => {
    expect(ANSWERS_STORAGE_KEY).toBe('asn-prima:asesmen:v1');
  });

  it('saves and restores, keeping only answers to statements that still exist', () => {
    const backend = new FakeStorage();
    const storage = createSafeStorage(() => backend);
    expect(saveAnswers(storage, { 'pro-etika': 5, 'pro-lama': 2, 'res-keluhan': 3 }, new Date('2025-07-01T00:00:00Z'))).toBe(true);
    expect(JSON.parse(backend.items.get(ANSWERS_STORAGE_KEY)!)).toEqual({
      version: 1,
      answers: { 'pro-etika': 5, 'pro-lama': 2, 'res-keluhan': 3 },
      savedAt: '2025-07-01T00:00:00.000Z',
    });
    expect(restoreAnswers(storage, IDS)).toEqual({ answers: { 'pro-etika': 5, 'res-keluhan': 3 }, kept: 2, dropped: 1 });
  });

  it('remembers which history entry "Ubah jawaban" revises, until answers are saved without one', () => {
    const backend = new FakeStorage();
    const storage = createSafeStorage(() => backend);
    saveAnswers(storage, { 'pro-etika': 4 }, new Date('2025-07-02T00:00:00Z'), '2025-07-01T08:30:00.000Z');
    expect(restoreAnswers(storage, IDS)).toEqual({ answers: { 'pro-etika': 4 }, kept: 1, dropped: 0, revises: '2025-07-01T08:30:00.000Z' });
    saveAnswers(storage, { 'pro-etika': 4 });
    expect(restoreAnswers(storage, IDS)).not.toHaveProperty('revises');
  });

  it.each([
    ['a number', 1751358600000],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a date that is not a history moment', '2025-07-01'],
    ['an impossible moment', '2025-13-45T99:99:99Z'],
  ])('ignores %s as the entry being revised, and keeps the answers', (_, revises) => {
    const backend = new FakeStorage();
    backend.items.set(ANSWERS_STORAGE_KEY, JSON.stringify({ version: 1, answers: { 'ino-usul': 2 }, revises }));
    expect(restoreAnswers(createSafeStorage(() => backend), IDS)).toEqual({ answers: { 'ino-usul': 2 }, kept: 1, dropped: 0 });
  });

  it('starts fresh on first visit', () => {
    expect(restoreAnswers(createSafeStorage(() => new FakeStorage()), IDS)).toEqual({ answers: {}, kept: 0, dropped: 0 });
  });

  it.each([
    ['broken JSON', '{"version":1,"answers":{'],
    ['another version', '{"version":2,"answers":{"pro-etika":5}}'],
    ['answers that are not an object', '{"version":1,"answers":[5,5]}'],
    ['a foreign app value', 'dark'],
  ])('sets %s aside under a backup key and starts fresh', (_, raw) => {
    const backend = new FakeStorage();
    backend.items.set(ANSWERS_STORAGE_KEY, raw);
    const restored = restoreAnswers(createSafeStorage(() => backend), IDS);
    expect(restored.answers).toEqual({});
    expect(restored.setAsideTo).toMatch(/^asn-prima:asesmen:v1:cadangan:\d+$/);
    expect(backend.items.get(restored.setAsideTo!)).toBe(raw);
    expect(backend.items.has(ANSWERS_STORAGE_KEY)).toBe(false);
  });

  it('still works in memory when storage is unavailable', () => {
    const storage = createSafeStorage(() => {
      throw new Error('SecurityError');
    });
    expect(saveAnswers(storage, { 'ino-usul': 4 })).toBe(false);
    expect(restoreAnswers(storage, IDS).answers).toEqual({ 'ino-usul': 4 });
    clearSavedAnswers(storage);
    expect(restoreAnswers(storage, IDS).answers).toEqual({});
  });
});
