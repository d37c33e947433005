/**
 * "/" jumps to the search field from anywhere, as on many news and documentation sites. A one-key
 * shortcut must be possible to turn off (WCAG 2.1.4), so the reader's choice is stored; absent
 * means on.
 */
import type { SafeStorage } from './safeStorage.ts';

export const SHORTCUT_STORAGE_KEY = 'asn-prima:pintasan-cari';
const OFF = 'mati';

export function shortcutEnabled(storage: SafeStorage): boolean {
  return storage.get(SHORTCUT_STORAGE_KEY) !== OFF;
}

export function setShortcutEnabled(storage: SafeStorage, enabled: boolean): void {
  if (enabled) storage.remove(SHORTCUT_STORAGE_KEY);
  else storage.set(SHORTCUT_STORAGE_KEY, OFF);
}

/** The parts of a key press that decide; a DOM KeyboardEvent fits. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/** `inTextField`: the press happened in something that takes text, where a slash must type. */
export function isSearchShortcut(press: KeyPress, inTextField: boolean): boolean {
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey && !press.defaultPrevented && !inTextField;
}
