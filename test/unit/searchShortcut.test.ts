import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '~/lib/safeStorage';
import { isSearchShortcut, setShortcutEnabled, shortcutEnabled, SHORTCUT_STORAGE_KEY, type KeyPress } from '~/lib/searchShortcut';
import { FakeStorage } from './fakeStorage';

const press = (over: Partial<KeyPress> = {}): KeyPress => ({
  key: '/',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...over,
});

describe('isSearchShortcut', () => {
  it('takes a bare slash outside text fields', () => {
    expect(isSearchShortcut(press(), false)).toBe(true);
  });

  it.each<[string, Partial<KeyPress>]>([
    ['another key', { key: '?' }],
    ['Ctrl+/', { ctrlKey: true }],
    ['Cmd+/', { metaKey: true }],
    ['Alt+/', { altKey: true }],
    ['a press something else already handled', { defaultPrevented: true }],
  ])('leaves %s alone', (_name, over) => {
    expect(isSearchShortcut(press(over), false)).toBe(false);
  });

  it('lets a slash type inside a text field', () => {
    expect(isSearchShortcut(press(), true)).toBe(false);
  });
});

describe('the shortcut switch', () => {
  it('is on until turned off, and on again without leaving a value behind', () => {
    const backend = new FakeStorage();
    const storage = createSafeStorage(() => backend);
    expect(shortcutEnabled(storage)).toBe(true);
    setShortcutEnabled(storage, false);
    expect(backend.items.get(SHORTCUT_STORAGE_KEY)).toBe('mati');
    expect(shortcutEnabled(storage)).toBe(false);
    setShortcutEnabled(storage, true);
    expect(backend.items.has(SHORTCUT_STORAGE_KEY)).toBe(false);
    expect(shortcutEnabled(storage)).toBe(true);
  });

  it('treats any other stored value as on, so a garbled value cannot lock the reader out', () => {
    const backend = new FakeStorage();
    backend.items.set(SHORTCUT_STORAGE_KEY, '<img src=x onerror=alert(1)>');
    expect(shortcutEnabled(createSafeStorage(() => backend))).toBe(true);
  });

  it('still turns off for this page when storage refuses writes', () => {
    const backend = new FakeStorage();
    backend.failWrites = true;
    const storage = createSafeStorage(() => backend);
    setShortcutEnabled(storage, false);
    expect(shortcutEnabled(storage)).toBe(false);
    expect(backend.items.size).toBe(0);
  });
});
