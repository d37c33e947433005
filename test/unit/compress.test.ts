import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
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
  const put = (path: string, data: string | Buffer) => {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), data);
  };

  it('makes copies, from rendered bytes and from built files, that the last step then only links', async () => {
    const ahead = compressAhead(cacheDir);
    ahead.add('/index.html', bytesOf('index.html'));
    ahead.addBuilt(site, '/berita/');
    expect(await ahead.finish()).toEqual({ files: 2 });
    expect(cacheFiles()).toHaveLength(4);
    expect(await compressBuild(site, { threads: 1, cacheDir })).toMatchObject({ files: 3, reused: 2 });
    expectCopiesMatch();
  });

  it("makes Pagefind's gzip files the brotli copy of what they hold, as the last step does", async () => {
    put('pagefind/pagefind-entry.json', JSON.stringify({ languages: { id: { wasm: 'id' } } }));
    // Over 1 KB once gzipped, as real index chunks are.
    const words = Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 10007).toString(36)).join(' ');
    put('pagefind/index/id_1.pf_index', gzipSync(Buffer.from(`pagefind_dcd${words}`)));
    const ahead = compressAhead(cacheDir);
    ahead.addBuilt(site, '/pagefind/');
    expect(await ahead.finish()).toEqual({ files: 1 });
    expect(cacheFiles().map((f) => f.replace(/.*-/, ''))).toEqual(['br10']);
    expect((await compressBuild(site, { threads: 1, cacheDir })).reused).toBe(1);
    const inside = gunzipSync(bytesOf('pagefind/index/id_1.pf_index'));
    expect(brotliDecompressSync(bytesOf('pagefind/index/id_1.pf_index.br')).equals(inside)).toBe(true);
  });

  it('leaves what it has not begun to the last step when stopped, and lists only what it made', async () => {
    const list = join(root, 'salinan.json');
    const ahead = compressAhead(cacheDir, { list });
    // Many pages queued at once: the worker cannot have begun most of them when told to stop.
    const pages = Array.from({ length: 400 }, (_, i) => `/berita/antre-${i}/index.html`);
    for (const [i, path] of pages.entries()) ahead.add(path, Buffer.from(page(`Antrean ${i}`)));
    const { files } = await ahead.stop();
    expect(files).toBeLessThan(pages.length);
    const listed: string[] = JSON.parse(readFileSync(list, 'utf8'));
    expect(listed).toHaveLength(files * 2);
    expect(existsSync(cacheDir) ? cacheFiles() : []).toHaveLength(files * 2);
    // The last step makes the rest, on the same list.
    for (const [i, path] of pages.entries()) put(path.slice(1), page(`Antrean ${i}`));
    expect(await compressBuild(site, { threads: 2, cacheDir, madeNow: list })).toMatchObject({ files: PAGES.length + pages.length, reused: files });
    for (const path of pages) expect(brotliDecompressSync(bytesOf(`${path.slice(1)}.br`)).equals(bytesOf(path.slice(1)))).toBe(true);
  });

  it("links the copies this build's worker listed without unpacking them, and checks every other", async () => {
    const list = join(root, 'salinan.json');
    const ahead = compressAhead(cacheDir, { list });
    ahead.add('/index.html', bytesOf('index.html'));
    await ahead.finish();
    const listed: string[] = JSON.parse(readFileSync(list, 'utf8'));
    expect(listed).toHaveLength(2);
    // Damaged after the fact, as nothing in a build does: taken on the list's word, refused without it.
    for (const file of cacheFiles()) {
      rmSync(file);
      writeFileSync(file, 'rusak');
    }
    expect(await compressBuild(site, { threads: 1, cacheDir, madeNow: list })).toMatchObject({ files: 3, reused: 1 });
    expect(readFileSync(join(site, 'index.html.br'), 'utf8')).toBe('rusak');
    rmSync(site, { recursive: true });
    PAGES.forEach((path, i) => write(path, `Halaman ${i}`));
    for (const file of cacheFiles()) {
      rmSync(file);
      writeFileSync(file, 'rusak');
    }
    expect(await compressBuild(site, { threads: 1, cacheDir, madeNow: join(root, 'tidak-ada.json') })).toMatchObject({ files: 3, reused: 0 });
    expectCopiesMatch();
  });

  it('takes no list that is not a list of names', async () => {
    const list = join(root, 'salinan.json');
    for (const bad of [(names: string[]) => JSON.stringify({ names }), (names: string[]) => names.join('\n'), (names: string[]) => JSON.stringify([names])]) {
      const ahead = compressAhead(cacheDir);
      ahead.add('/index.html', bytesOf('index.html'));
      await ahead.finish();
      const names = cacheFiles().map((file) => file.replace(/.*\//, ''));
      for (const file of cacheFiles()) {
        rmSync(file);
        writeFileSync(file, 'rusak');
      }
      writeFileSync(list, bad(names));
      await compressBuild(site, { threads: 1, cacheDir, madeNow: list });
      expectCopiesMatch();
      rmSync(cacheDir, { recursive: true });
    }
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

  it("skips what gets no copy (small files, images, Astro's rendering code, unused Pagefind files) and anything after finish", async () => {
    rmSync(site, { recursive: true });
    put('.prerender/chunks/halaman.mjs', 'x'.repeat(4096));
    put('pagefind/pagefind-ui.js', 'x'.repeat(4096));
    put('pagefind/pagefind-entry.json', JSON.stringify({ languages: { id: { wasm: 'id' } } }));
    put('pagefind/wasm.unknown.pagefind', gzipSync(Buffer.alloc(4096, 1)));
    const ahead = compressAhead(cacheDir);
    ahead.add('/kecil/index.html', Buffer.from('<p>kecil</p>'));
    ahead.add('/_astro/foto.webp', Buffer.alloc(4096, 1));
    ahead.addBuilt(site);
    const done = ahead.finish();
    ahead.add('/index.html', Buffer.from(page('Sesudah selesai')));
    expect(await done).toEqual({ files: 0 });
    expect(existsSync(cacheDir)).toBe(false);
  });

  it('skips a file gone since it was listed and goes on', async () => {
    const ahead = compressAhead(cacheDir);
    put('berita/hilang/index.html', page('Segera dihapus'));
    // A large page first keeps the worker busy (about a second) while the file is removed.
    ahead.add('/besar/index.html', Buffer.from(page('Besar').repeat(8000)));
    ahead.addBuilt(site, '/berita/');
    rmSync(join(site, 'berita/hilang'), { recursive: true });
    expect(await ahead.finish()).toEqual({ files: 2 });
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
