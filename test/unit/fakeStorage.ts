/**
 * An in-memory Web Storage double for unit tests. `failWrites` mimics old private mode (every
 * write refused); `quota` mimics a real store of that many characters (keys and values), throwing
 * the browser's own QuotaExceededError when a write would not fit.
 */
import type { StorageLike } from '~/lib/safeStorage';

export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failWrites = false;
  failReads = false;
  quota = Infinity;
  getItem(key: string): string | null {
    if (this.failReads) throw new Error('SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('SecurityError');
    if (this.usedWithout(key) + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  /** Fills the store up to its quota, so the next write of any size fails. */
  fill(): void {
    this.quota = this.usedWithout('');
  }
  private usedWithout(key: string): number {
    let used = 0;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    return used;
  }
}
