import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compressAhead, compressBuild, copyCacheDir } from '../../deploy/compress.mjs';

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

describe('compressAhead', () => {
  const bytesOf = (path: string) => readFileSync(join(site, path));

  it('makes copies, from rendered bytes and from files, that the last step then only links', async () => {
    const ahead = compressAhead(cacheDir);
    ahead.add('/index.html', bytesOf('index.html'));
    ahead.addFile('/berita/satu/index.html', join(site, 'berita/satu/index.html'));
    expect(await ahead.finish()).toEqual({ files: 2 });
    expect(cacheFiles()).toHaveLength(4);
    expect(await compressBuild(site, { threads: 1, cacheDir })).toMatchObject({ files: 3, reused: 2 });
    expectCopiesMatch();
  });

  it('leaves no trace in what is served when the page written differs from the bytes it was given', async () => {
    const ahead = compressAhead(cacheDir);
    ahead.add('/index.html', Buffer.from(page('Versi lain dari beranda')));
    await ahead.finish();
    expect(await compressBuild(site, { threads: 1, cacheDir })).toMatchObject({ files: 3, reused: 0 });
    expectCopiesMatch();
    // The unused entries are gone: the cache holds this build's six.
    expect(cacheFiles()).toHaveLength(6);
  });

  it('skips what gets no copy (small files, images, Pagefind interfaces) and anything after finish', async () => {
    const ahead = compressAhead(cacheDir);
    ahead.add('/kecil/index.html', Buffer.from('<p>kecil</p>'));
    ahead.add('/_astro/foto.webp', Buffer.alloc(4096, 1));
    writeFileSync(join(site, 'ui.js'), 'x'.repeat(4096));
    ahead.addFile('/pagefind/pagefind-ui.js', join(site, 'ui.js'));
    const done = ahead.finish();
    ahead.add('/index.html', bytesOf('index.html'));
    expect(await done).toEqual({ files: 0 });
    expect(existsSync(cacheDir)).toBe(false);
  });

  it('skips a file gone since it was listed (Astro deletes its rendering code) and goes on', async () => {
    const ahead = compressAhead(cacheDir);
    ahead.addFile('/.prerender/chunks/hilang.mjs', join(site, 'hilang.mjs'));
    ahead.addFile('/index.html', join(site, 'index.html'));
    expect(await ahead.finish()).toEqual({ files: 1 });
  });

  it('gives up quietly on a cache it cannot write, and the last step still makes every copy', async () => {
    writeFileSync(cacheDir, 'a file where the folder should be');
    const ahead = compressAhead(cacheDir);
    for (const path of PAGES) ahead.add(`/${path}`, bytesOf(path));
    expect(await ahead.finish()).toEqual({ files: 0 });
    expect((await compressBuild(site, { threads: 1 })).files).toBe(3);
    expectCopiesMatch();
  });

  it('names one cache folder per output folder, however the folder is written', () => {
    expect(copyCacheDir('/cache', 'dist')).toBe(copyCacheDir('/cache', `${process.cwd()}/dist/`));
    expect(copyCacheDir('/cache', 'dist')).not.toBe(copyCacheDir('/cache', 'test/.output/dist-corpus'));
    expect(copyCacheDir('/cache', 'dist')).toMatch(/^\/cache\/compressed\/[0-9a-f]{16}$/);
  });
});
