/**
 * Precompresses a finished build: `.br` and `.gz` beside every text file worth it, so servers never
 * compress per request (nginx picks the copies with gzip_static/brotli_static, `npm start` by the
 * request's Accept-Encoding). compressBuild runs in the build's last step (scripts/finish-build.ts)
 * and places every copy; most were already made while Astro rendered, by compressAhead's worker
 * (src/integrations/whileRendering.ts), into the cache compressBuild links from. Node-only.
 *
 * The work is done in worker threads, each compressing synchronously: zlib's asynchronous calls
 * cost some 60% more CPU for the same bytes (a thread hand-off and fresh buffers per file), which
 * on a 10,000-article build is tens of seconds.
 */
import { availableParallelism } from 'node:os';
import { hash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker, isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { listFiles, sitePaths } from './hostFiles.mjs';
import { lowerThisThread } from './priority.mjs';

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

/** Brotli at `quality`, the size given up front so the encoder sizes its window to the file. */
const brotliAt = (/** @type {number} */ quality) => (/** @type {Buffer} */ bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
const gzip = (/** @type {Buffer} */ bytes) => gzipSync(bytes, { level: GZIP_LEVEL });
/**
 * What a file's copies hold, and each copy's suffix, name in the cache (the SHA-256 of what it holds
 * and the setting), and how it is made and read; undefined for a file that gets none.
 *
 * Pagefind's files hold gzip, which its script unpacks itself, or skips when the content arrives
 * already unpacked (it starts with "pagefind_dcd"). So a brotli copy of what is inside, sent with
 * Content-Encoding: br, is some 15% smaller on the wire and still reads right; no .gz copy, since
 * the file itself is one.
 * @param {string} path @param {Buffer} data
 */
function copiesFor(path, data) {
  if (data.length < MIN_COMPRESS_BYTES) return undefined;
  const packed = isGzip(data);
  if (packed && !PAGEFIND_GZIP.test(path)) return undefined;
  const content = packed ? gunzipSync(data) : data;
  const digest = hash('sha256', content);
  const quality = qualityOf(path);
  const copies = [{ suffix: '.br', name: `${digest}-br${quality}`, pack: brotliAt(quality), unpack: brotliDecompressSync }];
  if (!packed) copies.push({ suffix: '.gz', name: `${digest}-gz${GZIP_LEVEL}`, pack: gzip, unpack: gunzipSync });
  return { content, copies };
}

/**
 * The folder of kept copies for the build written to `outDir`, inside `cacheRoot` (Astro's cache,
 * which CI keeps): one per output folder, so the site and the test corpus never evict each other's.
 * @param {string} cacheRoot @param {string} outDir
 */
export const copyCacheDir = (cacheRoot, outDir) => join(cacheRoot, 'compressed', hash('sha256', resolve(outDir)).slice(0, 16));

/**
 * Copies made by earlier builds, kept in `dir` (scripts/finish-build.ts gives one folder per build
 * output inside Astro's cache, which CI keeps between runs): named by the SHA-256 of the bytes and
 * the setting, so a page that did not change is not compressed again. A copy is only ever used
 * after it unpacked to exactly the bytes it stands for, or when this very build's worker made it
 * (`madeNow`, see compressAhead); anything else is made afresh. `known` holds the entries there were
 * when the build began, `used` collects this build's.
 * @typedef {{ dir: string, known: Set<string>, madeNow: Set<string>, used: string[], folders: Set<string>, failure?: string }} CopyCache
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
    if (cache.madeNow.has(name) || unpacksTo(entry, data, unpack)) {
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
  const plan = copiesFor(path, readFileSync(file));
  if (!plan) return 0;
  let allReused = true;
  for (const { suffix, name, pack, unpack } of plan.copies) {
    if (!writeCopy(`${file}${suffix}`, plan.content, name, pack, unpack, cache)) allReused = false;
  }
  return allReused ? 2 : 1;
}

/**
 * A worker's loop: takes the next path from the shared counter until none is left, so a worker
 * that drew small files takes more of them; posts how many files got copies, how many of them
 * came whole from the cache, and the cache entries it used.
 * @param {{ dir: string, paths: string[], next: SharedArrayBuffer, cacheDir?: string, known?: string[], madeNow?: string[] }} job
 */
function work({ dir, paths, next, cacheDir, known = [], madeNow = [] }) {
  const counter = new Int32Array(next);
  /** @type {CopyCache | undefined} */
  const cache = cacheDir ? { dir: cacheDir, known: new Set(known), madeNow: new Set(madeNow), used: [], folders: new Set() } : undefined;
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
 * Makes the copies of `data`, the bytes of the file at site path `path`, into the cache, where
 * the last step's compressBuild finds them (and, as for any entry, uses them only once they unpack
 * to the file's bytes, or when named in this build's list). Adds the names it made to `made`, and
 * returns whether it made any. Each entry is written under a name of its own and renamed into
 * place, so the cache never holds half an entry.
 * @param {string} cacheDir @param {string} path @param {Buffer} data @param {Set<string>} folders @param {string[]} made
 */
function makeAhead(cacheDir, path, data, folders, made) {
  const plan = COMPRESSIBLE.test(path) ? copiesFor(path, data) : undefined;
  if (!plan) return false;
  const before = made.length;
  for (const { name, pack } of plan.copies) {
    const folder = join(cacheDir, name.slice(0, 2));
    const entry = join(folder, name);
    if (existsSync(entry)) continue;
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    const partial = `${entry}.${process.pid}-${threadId}.part`;
    writeFileSync(partial, pack(plan.content));
    renameSync(partial, entry);
    made.push(name);
  }
  return made.length > before;
}

/**
 * The worker of compressAhead: takes files (`{ path, file }`) and rendered pages (`{ path, data }`)
 * until it is sent `null`, then lists the entries it made in `list` (if given) and posts how many
 * files it made copies of. A cache it cannot write to ends the work quietly: the last step makes
 * every copy then, as without one. Once told to stop (`done[STOP]`), it passes over what is still
 * queued.
 * @param {{ cacheDir: string, done: SharedArrayBuffer, list?: string }} job
 */
function workAhead({ cacheDir, done, list }) {
  lowerThisThread();
  const processed = new Int32Array(done);
  const folders = new Set();
  /** @type {string[]} */
  const made = [];
  let files = 0;
  let failed = false;
  parentPort?.on('message', (/** @type {{ path: string, file?: string, data?: Uint8Array } | null} */ item) => {
    if (item === null) {
      if (list && !failed) writeList(list, made);
      parentPort?.postMessage({ files });
      parentPort?.close();
      return;
    }
    const size = item.data?.byteLength ?? 0;
    if (Atomics.load(processed, STOP) === 1) return;
    try {
      // A file gone since it was listed is skipped; the last step sees what is really there.
      const content = item.data ? Buffer.from(item.data.buffer, item.data.byteOffset, size) : readIfThere(/** @type {string} */ (item.file));
      if (!failed && content && makeAhead(cacheDir, item.path, content, folders, made)) files++;
    } catch {
      failed = true;
    } finally {
      Atomics.add(processed, PROCESSED_KB, Math.ceil(size / 1024));
    }
  });
}

/** Writes the list of entries made, whole or not at all; without it the last step only checks more. */
function writeList(/** @type {string} */ list, /** @type {string[]} */ names) {
  try {
    writeFileSync(`${list}.part`, JSON.stringify(names));
    renameSync(`${list}.part`, list);
  } catch {
    // The copies stay in the cache; the last step unpacks them to check, as any other.
  }
}

/** The entries a build's worker listed (see compressAhead); none when there is no such list. */
function readList(/** @type {string | undefined} */ list) {
  if (!list) return [];
  try {
    const names = JSON.parse(readFileSync(list, 'utf8'));
    return Array.isArray(names) ? names.filter((n) => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

/** @param {string} file */
function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

if (!isMainThread && workerData?.job === 'ahead') workAhead(workerData);

/** Where Astro keeps the code that renders pages during a build (`getPrerenderOutputDirectory`); never served. */
const PRERENDER_FOLDER = '/.prerender/';

/**
 * The environment variable that names, for one `npm run build`, where Astro's build lists the copies
 * it made and the last step reads them (scripts/build.mjs sets it; see compressAhead).
 */
export const MADE_LIST_ENV = 'ASN_COPIES_MADE';

/** What compressAhead and its worker share: the kilobytes of pages the worker has taken, and whether it should stop. */
const PROCESSED_KB = 0;
const STOP = 1;

/** Rendered pages waiting for the worker beyond this are left to the last step, so memory stays bounded on a slow machine. */
const AHEAD_MAX_WAITING_KB = 32 * 1024;

/**
 * Compresses while the build still renders: one worker thread fills the copy cache (`cacheDir`,
 * from copyCacheDir) with the copies of the files given, so that the last step, after Astro, only
 * links them. Rendering keeps one thread busy; the worker runs at the lowest priority beside it,
 * in the time it leaves, instead of after it. Anything not done in time is simply made by the last
 * step: nothing here decides what a copy holds.
 *
 * With `list`, a file path, the worker writes there the names of the entries it made, and the last
 * step, given the same path, links them without unpacking them first: they were made in this build
 * from exactly the bytes their names stand for (at 10,000 articles the checking took some 4 s).
 * scripts/build.mjs gives both steps a path in a fresh temporary folder of its own, so a list from
 * anywhere else, such as a cache restored in CI, is never taken.
 * @param {string} cacheDir @param {{ list?: string | undefined }} [options]
 */
export function compressAhead(cacheDir, { list } = {}) {
  const done = new SharedArrayBuffer(8);
  const processed = new Int32Array(done);
  const worker = new Worker(new URL(import.meta.url), { workerData: { job: 'ahead', cacheDir, done, list } });
  /** @type {Promise<{ files: number }>} */
  const finished = new Promise((resolve) => {
    worker.once('message', resolve);
    // A worker that failed made fewer copies, which the last step makes.
    worker.once('error', () => resolve({ files: 0 }));
    worker.once('exit', () => resolve({ files: 0 }));
  });
  let sentKb = 0;
  let open = true;
  return {
    /**
     * The files now in the build folder `dir` (those under `folder`, if given) that get copies: the
     * scripts, styles and data files once bundled, Pagefind's once it has written them. Not Astro's
     * rendering code (`.prerender/`), which it deletes once pages are rendered.
     * @param {string} dir @param {string} [folder] a site path ending in `/`, such as `/pagefind/`
     */
    addBuilt(dir, folder) {
      if (!open) return;
      const languages = indexedLanguages(dir);
      const paths = folder ? sitePaths(dir, listFiles(join(dir, folder)).map((p) => `${folder.slice(0, -1)}${p}`)) : sitePaths(dir);
      for (const path of paths) {
        if (path.startsWith(PRERENDER_FOLDER) || !COMPRESSIBLE.test(path) || !isServed(path, languages)) continue;
        worker.postMessage({ path, file: join(dir, path) });
      }
    },
    /** A rendered page by the path it will have (its extension decides the setting), its bytes copied. */
    add(/** @type {string} */ path, /** @type {Uint8Array} */ bytes) {
      if (!open || bytes.byteLength < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(path)) return;
      if (sentKb - Atomics.load(processed, PROCESSED_KB) > AHEAD_MAX_WAITING_KB) return;
      // A copy of its own (a Buffer's slice would share its pool), moved to the worker rather than cloned.
      const data = new Uint8Array(bytes);
      sentKb += Math.ceil(data.byteLength / 1024);
      worker.postMessage({ path, data }, [data.buffer]);
    },
    /** No more files; resolves once the worker has made what it was given. */
    finish() {
      if (open) worker.postMessage(null);
      open = false;
      return finished;
    },
    /**
     * No more files, and what the worker has not begun is left to the last step, which makes it on
     * every core at the usual priority; resolves once the worker has listed what it made.
     */
    stop() {
      Atomics.store(processed, STOP, 1);
      return this.finish();
    },
  };
}

/**
 * Writes `.br` and `.gz` beside every compressible file of a build. With `cacheDir`, copies of bytes
 * an earlier build compressed come from there, and the folder keeps only what this build used.
 * @param {string} dir
 * @param {{ threads?: number, cacheDir?: string, madeNow?: string | undefined, paths?: string[] }} [options] `madeNow`: the list compressAhead
 *   wrote in this build; `paths`: the build's sitePaths, when the caller has listed them already
 * @returns {Promise<{ files: number, reused: number, cacheFailure?: string }>} files that got copies; of
 *   them, those whose copies all came from the cache; why the cache stopped being used, if it did
 *   (the copies are made all the same)
 */
export async function compressBuild(dir, { threads = availableParallelism(), cacheDir, madeNow, paths: all = sitePaths(dir) } = {}) {
  // The slowest files (highest quality) first, so no worker is left alone with one at the end.
  const languages = indexedLanguages(dir);
  const paths = all
    .filter((p) => COMPRESSIBLE.test(p) && isServed(p, languages))
    .sort((a, b) => qualityOf(b) - qualityOf(a));
  const next = new SharedArrayBuffer(4);
  const known = cacheDir ? cacheEntries(cacheDir).map((entry) => entry.name) : [];
  const made = readList(madeNow);
  /** @type {{ files: number, reused: number, used: string[], failure?: string }[]} */
  const results = await Promise.all(
    Array.from(
      { length: Math.max(1, Math.min(threads, Math.ceil(paths.length / 50))) },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { job: 'compress', dir, paths, next, cacheDir, known, madeNow: made } });
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
