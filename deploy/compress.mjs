/**
 * Precompresses a build: `.br` and `.gz` beside every text file worth it, so servers never
 * compress per request (nginx picks the copies with gzip_static/brotli_static, `npm start` by the
 * request's Accept-Encoding). Runs in the build (src/integrations/hosting.ts): pages as they are
 * rendered (createPageCompressor), everything else after Pagefind (compressBuild). Node-only.
 *
 * The work is done in worker threads, each compressing synchronously: zlib's
 * asynchronous calls cost some 60% more CPU for the same bytes (a thread hand-off and fresh
 * buffers per file), which on a 10,000-article build is tens of seconds.
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { sitePaths } from './hostFiles.mjs';

/** Text formats worth compressing; images and fonts are compressed by their own format. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|csv|xml|svg|txt|wasm|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
/** Below this a compressed copy saves less than a network packet and only adds files. */
export const MIN_COMPRESS_BYTES = 1024;
/** Pagefind's ready-made interfaces and its worker: the site has its own and searches without a worker. */
const UNUSED = /^\/pagefind\/pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

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
 * Writes the copies of one file; true when it got one.
 * @param {string} dir @param {string} path @param {Uint8Array} [bytes] its content, when the file is not written yet
 */
function compressFile(dir, path, bytes) {
  const file = join(dir, path);
  const data = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : readFileSync(file);
  if (data.length < MIN_COMPRESS_BYTES) return false;
  if (bytes) mkdirSync(dirname(file), { recursive: true });
  const brotli = (/** @type {Buffer} */ bytes) =>
    brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: qualityOf(path), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
  if (isGzip(data)) {
    // Pagefind's files hold gzip, which its script unpacks itself, or skips when the content
    // arrives already unpacked (it starts with "pagefind_dcd"). So a brotli copy of what is
    // inside, sent with Content-Encoding: br, is some 15% smaller on the wire and still reads
    // right; no .gz copy, since the file itself is one.
    if (!PAGEFIND_GZIP.test(path)) return false;
    writeFileSync(`${file}.br`, brotli(gunzipSync(data)));
  } else {
    writeFileSync(`${file}.br`, brotli(data));
    writeFileSync(`${file}.gz`, gzipSync(data, { level: GZIP_LEVEL }));
  }
  return true;
}

/**
 * A worker's loop: takes the next path from the shared counter until none is left, so a worker
 * that drew small files takes more of them; posts how many files it compressed.
 * @param {{ dir: string, paths: string[], next: SharedArrayBuffer }} job
 */
function work({ dir, paths, next }) {
  const counter = new Int32Array(next);
  let compressed = 0;
  for (let i = Atomics.add(counter, 0, 1); i < paths.length; i = Atomics.add(counter, 0, 1)) {
    if (compressFile(dir, /** @type {string} */ (paths[i]))) compressed++;
  }
  return compressed;
}

if (!isMainThread && workerData?.job === 'compress') parentPort?.postMessage(work(workerData));
if (!isMainThread && workerData?.job === 'stream') {
  // Pages sent one by one while the build renders; an empty message means no more will come.
  let compressed = 0;
  parentPort?.on('message', (/** @type {{ path: string, bytes: Uint8Array } | null} */ page) => {
    if (!page) return parentPort?.postMessage({ compressed });
    if (compressFile(workerData.dir, page.path, page.bytes)) compressed++;
    parentPort?.postMessage({ done: 1 });
  });
}

/** Pages waiting for a worker, at most; above it rendering waits (a 10,000-article build would otherwise queue gigabytes). */
const MAX_QUEUED = 64;

/**
 * Compresses pages as the build renders them (src/integrations/hosting.ts), in worker threads that
 * use the core the rendering leaves idle; the file itself need not be written yet. `add` resolves
 * once the queue has room, and throws if a worker failed; `finish` resolves with how many pages got
 * copies, and rejects if a worker failed.
 * @param {string} dir
 * @param {{ threads?: number }} [options]
 */
export function createPageCompressor(dir, { threads = availableParallelism() } = {}) {
  let queued = 0;
  let failure = /** @type {Error | undefined} */ (undefined);
  /** @type {(() => void)[]} */
  const waiting = [];
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { job: 'stream', dir } });
    worker.on('message', (/** @type {{ done?: number }} */ message) => {
      if (!message.done) return;
      queued--;
      if (queued < MAX_QUEUED) waiting.splice(0).forEach((resume) => resume());
    });
    worker.once('error', (error) => {
      failure ??= error;
      waiting.splice(0).forEach((resume) => resume());
    });
    // A build that fails part-way ends the process; idle workers must not keep it alive.
    worker.unref();
    return worker;
  });
  let next = 0;
  return {
    /** @param {string} path @param {Uint8Array} bytes */
    async add(path, bytes) {
      if (failure) throw failure;
      if (!COMPRESSIBLE.test(path) || bytes.length < MIN_COMPRESS_BYTES) return;
      queued++;
      /** @type {Worker} */ (workers[next++ % workers.length]).postMessage({ path, bytes });
      if (queued >= MAX_QUEUED) await new Promise((resume) => waiting.push(() => resume(undefined)));
    },
    /** @returns {Promise<number>} */
    async finish() {
      // Waiting on the workers is now all the build does: they must hold the process open.
      workers.forEach((worker) => worker.ref());
      const counts = await Promise.all(
        workers.map(
          (worker) =>
            new Promise((resolve, reject) => {
              if (failure) return reject(failure);
              worker.on('message', (/** @type {{ compressed?: number }} */ m) => m.compressed !== undefined && resolve(m.compressed));
              worker.once('error', reject);
              worker.postMessage(null);
            }),
        ),
      );
      await Promise.all(workers.map((worker) => worker.terminate()));
      return counts.reduce((sum, n) => sum + Number(n), 0);
    },
  };
}

/**
 * Writes `.br` and `.gz` beside every compressible file of a build; returns how many files got a copy.
 * `done`: files (`/berita/x/index.html`) already compressed as they were rendered (createPageCompressor).
 * @param {string} dir
 * @param {{ threads?: number, done?: ReadonlySet<string> }} [options]
 * @returns {Promise<number>}
 */
export async function compressBuild(dir, { threads = availableParallelism(), done = new Set() } = {}) {
  // The slowest files (highest quality) first, so no worker is left alone with one at the end.
  const paths = sitePaths(dir)
    .filter((p) => COMPRESSIBLE.test(p) && !UNUSED.test(p) && !done.has(p))
    .sort((a, b) => qualityOf(b) - qualityOf(a));
  const next = new SharedArrayBuffer(4);
  const counts = await Promise.all(
    Array.from(
      { length: Math.max(1, Math.min(threads, Math.ceil(paths.length / 50))) },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { job: 'compress', dir, paths, next } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`kompresi berhenti (kode ${code})`))));
        }),
    ),
  );
  return counts.reduce((sum, n) => sum + Number(n), 0);
}
