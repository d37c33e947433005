/**
 * Precompresses a finished build: `.br` and `.gz` beside every text file worth it, so servers never
 * compress per request (nginx picks the copies with gzip_static/brotli_static, `npm start` by the
 * request's Accept-Encoding). Runs in the build's last step (scripts/finish-build.ts), after
 * Pagefind. Node-only.
 *
 * The work is shared by one worker thread per core, each compressing synchronously: zlib's
 * asynchronous calls cost some 60% more CPU for the same bytes (a thread hand-off and fresh
 * buffers per file), which on a 10,000-article build is tens of seconds.
 */
import { availableParallelism } from 'node:os';
import { hash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { sitePaths } from './hostFiles.mjs';

/** Text formats worth compressing; images and fonts are compressed by their own format. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|csv|xml|svg|txt|wasm|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
/** Below this a compressed copy saves less than a network packet and only adds files. */
export const MIN_COMPRESS_BYTES = 1024;
/** Pagefind's ready-made interfaces and its worker: the site has its own and searches without a worker. */
const UNUSED = /^\/pagefind\/pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;
const PAGEFIND_WASM = /^\/pagefind\/wasm\.([\w-]+)\.pagefind$/;

/**
 * Whether a browser can ever ask for `path`: not Pagefind's interfaces, nor its WebAssembly for a
 * language the index does not hold (Pagefind writes `wasm.unknown.pagefind` beside the one for `id`,
 * the only language the site indexes; its brotli copy at quality 11 cost 0.3 s of CPU in every cold build).
 * @param {string} path @param {Set<string> | undefined} languages the entry file's wasm names, if any
 */
function isServed(path, languages) {
  if (UNUSED.test(path)) return false;
  const wasm = PAGEFIND_WASM.exec(path);
  return !wasm || !languages || languages.has(/** @type {string} */ (wasm[1]));
}

/** The WebAssembly builds Pagefind's entry file names, which its script loads; undefined without one. */
function indexedLanguages(/** @type {string} */ dir) {
  try {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    return new Set(Object.values(entry.languages).map((language) => /** @type {{ wasm: string }} */ (language).wasm));
  } catch {
    return undefined;
  }
}

/** @param {Buffer} data */
const isGzip = (data) => data[0] === 0x1f && data[1] === 0x8b;
/** Pagefind's index and WebAssembly, written gzip-compressed by Pagefind itself. */
const PAGEFIND_GZIP = /^\/pagefind\/.*\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;
/**
 * Brotli quality by what a file is (measured on the 1,000-article corpus): pages, feeds and search
 * excerpts, one or more per article, at 5, where 6 saved 0.3% of the bytes for 1.2× the CPU and 11
 * some 8% for 40×. The search index and the code (a few dozen files, cached for a year) stay at 10
 * and 11: a first search downloads them, and its budget (test/browser/search.test.ts) has no room.
 * @param {string} path
 */
function qualityOf(path) {
  if (/\.(html|xml|pf_fragment)$/.test(path)) return 5;
  if (/\.(pf_index|pf_meta|pf_filter)$/.test(path)) return 10;
  return constants.BROTLI_MAX_QUALITY;
}
/** gzip level 9: on pages it costs no more CPU than 6 and keeps the copies 0.3% smaller. */
const GZIP_LEVEL = 9;

/**
 * Copies made by earlier builds, kept in `dir` (scripts/finish-build.ts gives one folder per build
 * output inside Astro's cache, which CI keeps between runs): named by the SHA-256 of the bytes and
 * the setting, so a page that did not change is not compressed again. A copy is only ever used
 * after it unpacked to exactly the bytes it stands for; anything else is made afresh. `known` holds
 * the entries there were when the build began, `used` collects this build's.
 * @typedef {{ dir: string, known: Set<string>, used: string[], folders: Set<string>, failure?: string }} CopyCache
 */

/**
 * Creates `target` with `create`, first removing a file already there (never writing into it: it
 * may be a link to a cache entry).
 * @param {string} target @param {(path: string) => void} create
 */
function createFresh(target, create) {
  try {
    create(target);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    rmSync(target, { force: true });
    create(target);
  }
}

/**
 * Puts the copy of `data` at `target`: from the cache when it has a good one (a hard link, so
 * nothing is written), else from `pack`, then remembered in the cache as `name` (the data's
 * SHA-256 and the setting). Returns true when reused.
 * @param {string} target @param {Buffer} data @param {string} name
 * @param {(bytes: Buffer) => Buffer} pack @param {(bytes: Buffer) => Buffer} unpack
 * @param {CopyCache | undefined} cache
 */
function writeCopy(target, data, name, pack, unpack, cache) {
  if (cache?.known.has(name) && !cache.failure) {
    const entry = join(cache.dir, name.slice(0, 2), name);
    if (unpacksTo(entry, data, unpack)) {
      try {
        createFresh(target, (path) => linkSync(entry, path));
        cache.used.push(name);
        return true;
      } catch (error) {
        // A cache on another disk cannot be linked from: the copies are made again, as without one.
        cache.failure = String(error);
      }
    }
  }
  const bytes = pack(data);
  createFresh(target, (path) => writeFileSync(path, bytes, { flag: 'wx' }));
  if (cache && !cache.failure) {
    try {
      keep(cache, name, target);
      cache.used.push(name);
    } catch (error) {
      cache.failure = String(error);
    }
  }
  return false;
}

/**
 * Adds the copy at `target` to the cache as `name`: a hard link, so it costs one file-system call and
 * no space, and the entry appears whole or not at all. An entry already there under that name (one
 * that did not unpack right, or the same bytes stored by another worker) is replaced.
 * @param {CopyCache} cache @param {string} name @param {string} target
 */
function keep(cache, name, target) {
  const folder = join(cache.dir, name.slice(0, 2));
  if (!cache.folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    cache.folders.add(folder);
  }
  createFresh(join(folder, name), (path) => linkSync(target, path));
}

/** @param {string} entry @param {Buffer} data @param {(bytes: Buffer) => Buffer} unpack */
function unpacksTo(entry, data, unpack) {
  try {
    return unpack(readFileSync(entry)).equals(data);
  } catch {
    return false;
  }
}

/**
 * Writes the copies of one file: 0 when it gets none, 1 when made, 2 when all came from the cache.
 * @param {string} dir @param {string} path @param {CopyCache | undefined} cache
 */
function compressFile(dir, path, cache) {
  const file = join(dir, path);
  const data = readFileSync(file);
  if (data.length < MIN_COMPRESS_BYTES) return 0;
  // Pagefind's files hold gzip, which its script unpacks itself, or skips when the content
  // arrives already unpacked (it starts with "pagefind_dcd"). So a brotli copy of what is
  // inside, sent with Content-Encoding: br, is some 15% smaller on the wire and still reads
  // right; no .gz copy, since the file itself is one.
  const packed = isGzip(data);
  if (packed && !PAGEFIND_GZIP.test(path)) return 0;
  const content = packed ? gunzipSync(data) : data;
  // The cache's name for the content, worked out once for both copies.
  const digest = cache ? hash('sha256', content) : '';
  const quality = qualityOf(path);
  const brotli = (/** @type {Buffer} */ bytes) =>
    brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
  const gzip = (/** @type {Buffer} */ bytes) => gzipSync(bytes, { level: GZIP_LEVEL });
  const brReused = writeCopy(`${file}.br`, content, `${digest}-br${quality}`, brotli, brotliDecompressSync, cache);
  const gzReused = packed || writeCopy(`${file}.gz`, content, `${digest}-gz${GZIP_LEVEL}`, gzip, gunzipSync, cache);
  return brReused && gzReused ? 2 : 1;
}

/**
 * A worker's loop: takes the next path from the shared counter until none is left, so a worker
 * that drew small files takes more of them; posts how many files got copies, how many of them
 * came whole from the cache, and the cache entries it used.
 * @param {{ dir: string, paths: string[], next: SharedArrayBuffer, cacheDir?: string, known?: string[] }} job
 */
function work({ dir, paths, next, cacheDir, known = [] }) {
  const counter = new Int32Array(next);
  /** @type {CopyCache | undefined} */
  const cache = cacheDir ? { dir: cacheDir, known: new Set(known), used: [], folders: new Set() } : undefined;
  let files = 0;
  let reused = 0;
  for (let i = Atomics.add(counter, 0, 1); i < paths.length; i = Atomics.add(counter, 0, 1)) {
    const result = compressFile(dir, /** @type {string} */ (paths[i]), cache);
    if (result > 0) files++;
    if (result === 2) reused++;
  }
  return { files, reused, used: cache?.used ?? [], failure: cache?.failure };
}

if (!isMainThread && workerData?.job === 'compress') parentPort?.postMessage(work(workerData));

/**
 * Writes `.br` and `.gz` beside every compressible file of a build. With `cacheDir`, copies of bytes
 * an earlier build compressed come from there, and the folder keeps only what this build used.
 * @param {string} dir
 * @param {{ threads?: number, cacheDir?: string }} [options]
 * @returns {Promise<{ files: number, reused: number, cacheFailure?: string }>} files that got copies; of
 *   them, those whose copies all came from the cache; why the cache stopped being used, if it did
 *   (the copies are made all the same)
 */
export async function compressBuild(dir, { threads = availableParallelism(), cacheDir } = {}) {
  // The slowest files (highest quality) first, so no worker is left alone with one at the end.
  const languages = indexedLanguages(dir);
  const paths = sitePaths(dir)
    .filter((p) => COMPRESSIBLE.test(p) && isServed(p, languages))
    .sort((a, b) => qualityOf(b) - qualityOf(a));
  const next = new SharedArrayBuffer(4);
  const known = cacheDir ? cacheEntries(cacheDir).map((entry) => entry.name) : [];
  /** @type {{ files: number, reused: number, used: string[], failure?: string }[]} */
  const results = await Promise.all(
    Array.from(
      { length: Math.max(1, Math.min(threads, Math.ceil(paths.length / 50))) },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { job: 'compress', dir, paths, next, cacheDir, known } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`kompresi berhenti (kode ${code})`))));
        }),
    ),
  );
  const cacheFailure = results.find((r) => r.failure)?.failure;
  // After a failure some entries this build could use were not marked: keep everything.
  if (cacheDir && !cacheFailure) pruneCache(cacheDir, new Set(results.flatMap((r) => r.used)));
  return {
    files: results.reduce((sum, r) => sum + r.files, 0),
    reused: results.reduce((sum, r) => sum + r.reused, 0),
    cacheFailure,
  };
}

/** The files in a cache folder (none when it does not exist yet or cannot be read). */
function cacheEntries(/** @type {string} */ cacheDir) {
  if (!existsSync(cacheDir)) return [];
  try {
    return readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  } catch {
    return [];
  }
}

/** Removes the cache entries this build did not use (and any left half-made), so the folder holds one build's copies. */
function pruneCache(/** @type {string} */ cacheDir, /** @type {Set<string>} */ used) {
  for (const entry of cacheEntries(cacheDir)) {
    if (!used.has(entry.name)) rmSync(join(entry.parentPath, entry.name), { force: true });
  }
}
