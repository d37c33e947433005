import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compressBuild } from '../../deploy/compress.mjs';

// deploy/compress.mjs: the .br/.gz copies of a build, and the copies an earlier build left to reuse.
let root: string;
let site: string;
let cacheDir: string;
const PAGES = ['index.html', 'berita/satu/index.html', 'opini/dua/index.html'];

const page = (text: string) => `<!doctype html><html lang="id"><body><p>${text} ${'Pelayanan publik yang responsif. '.repeat(60)}</p></body></html>`;
const write = (path: string, text: string) => {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), page(text));
};
/** The copies of every page unpack to the page as it is now. */
const expectCopiesMatch = () => {
  for (const path of PAGES) {
    const html = readFileSync(join(site, path));
    expect(brotliDecompressSync(readFileSync(join(site, `${path}.br`))).equals(html), `${path}.br`).toBe(true);
    expect(gunzipSync(readFileSync(join(site, `${path}.gz`))).equals(html), `${path}.gz`).toBe(true);
  }
};
const cacheFiles = () =>
  readdirSync(cacheDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'asn-compress-'));
  site = join(root, 'dist');
  cacheDir = join(root, 'cache');
  PAGES.forEach((path, i) => write(path, `Halaman ${i}`));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('compressBuild', () => {
  it('writes a .br and a .gz that unpack to each page, without a cache', async () => {
    expect(await compressBuild(site, { threads: 2 })).toEqual({ files: 3, reused: 0, cacheFailure: undefined });
    expectCopiesMatch();
  });

  it('reuses the copies of unchanged pages from the cache, as links that cost no space', async () => {
    expect(await compressBuild(site, { threads: 2, cacheDir })).toMatchObject({ files: 3, reused: 0 });
    expect(cacheFiles()).toHaveLength(6);
    // A rebuild writes the pages afresh, as Astro does: same bytes, new files, no copies.
    rmSync(site, { recursive: true });
    PAGES.forEach((path, i) => write(path, `Halaman ${i}`));
    expect(await compressBuild(site, { threads: 2, cacheDir })).toMatchObject({ files: 3, reused: 3 });
    expectCopiesMatch();
    expect(statSync(join(site, 'index.html.br')).nlink).toBe(2);
  });

  it('compresses a changed page again and keeps only the copies this build used', async () => {
    await compressBuild(site, { threads: 2, cacheDir });
    write('berita/satu/index.html', 'Halaman yang diubah');
    expect(await compressBuild(site, { threads: 2, cacheDir })).toMatchObject({ files: 3, reused: 2 });
    expectCopiesMatch();
    expect(cacheFiles()).toHaveLength(6);
  });

  it('never uses a damaged cache entry: the copy is made again and replaces it', async () => {
    await compressBuild(site, { threads: 1, cacheDir });
    // Replace (not write into: the entry is also the page's copy) every entry with bytes that do not unpack.
    for (const file of cacheFiles()) {
      rmSync(file);
      writeFileSync(file, 'rusak');
    }
    expect(await compressBuild(site, { threads: 1, cacheDir })).toMatchObject({ files: 3, reused: 0 });
    expectCopiesMatch();
    expect(await compressBuild(site, { threads: 1, cacheDir })).toMatchObject({ files: 3, reused: 3 });
    expectCopiesMatch();
  });

  it('never trusts a symbolic link planted as an entry, even one that unpacks right', async () => {
    await compressBuild(site, { threads: 1, cacheDir });
    // Each entry moved elsewhere and replaced by a link to it: the bytes would pass the check.
    for (const file of cacheFiles()) {
      renameSync(file, `${file}.asli`);
      symlinkSync(`${file}.asli`, file);
    }
    rmSync(site, { recursive: true });
    PAGES.forEach((path, i) => write(path, `Halaman ${i}`));
    expect(await compressBuild(site, { threads: 1, cacheDir })).toMatchObject({ files: 3, reused: 0 });
    expectCopiesMatch();
    for (const path of PAGES) expect(lstatSync(join(site, `${path}.br`)).isSymbolicLink(), path).toBe(false);
  });

  it('still makes every copy when the cache cannot be written, and says why', async () => {
    writeFileSync(cacheDir, 'a file where the folder should be');
    const result = await compressBuild(site, { threads: 1, cacheDir });
    expect(result).toMatchObject({ files: 3, reused: 0 });
    expect(result.cacheFailure).toMatch(/ENOTDIR|EEXIST/);
    expectCopiesMatch();
  });
});
