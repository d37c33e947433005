import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RECENT_MS, trashIn } from '../../scripts/bench/trash.mjs';

const bench = mkdtempSync(join(tmpdir(), 'asn-trash-'));
afterAll(() => rmSync(bench, { recursive: true, force: true }));

describe('the benchmark trash (scripts/bench/trash.mjs)', () => {
  it('moves an old output aside with its inodes, deletes it only when emptied, then says how long to wait', () => {
    const trash = trashIn(bench);
    expect(trash.wait(), 'nothing emptied yet').toBe(0);
    const out = join(bench, 'dist-site-1000');
    mkdirSync(join(out, 'berita'), { recursive: true });
    writeFileSync(join(out, 'berita', 'index.html'), 'halaman');
    const inode = statSync(join(out, 'berita', 'index.html')).ino;
    trash.discard(out);
    trash.discard(join(bench, 'tidak-ada'));
    expect(existsSync(out)).toBe(false);
    const [moved, ...others] = readdirSync(join(bench, 'trash'));
    expect(others).toEqual([]);
    // The same file, not a copy: no inode was freed.
    expect(statSync(join(bench, 'trash', moved!, 'berita', 'index.html')).ino).toBe(inode);

    const before = Date.now();
    trash.empty();
    expect(existsSync(join(bench, 'trash'))).toBe(false);
    const wait = trash.wait(before);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(RECENT_MS);
    expect(trash.wait(Date.now() + RECENT_MS)).toBe(0);
  });
});
