/**
 * Precompresses a finished build: `.br` and `.gz` beside every text file worth it, so servers never
 * compress per request (nginx picks the copies with gzip_static/brotli_static, `npm start` by the
 * request's Accept-Encoding). Runs in the build (src/integrations/hosting.ts) after Pagefind.
 * Node-only.
 *
 * The work is shared by one worker thread per core, each compressing synchronously: zlib's
 * asynchronous calls cost some 60% more CPU for the same bytes (a thread hand-off and fresh
 * buffers per file), which on a 10,000-article build is tens of seconds.
 */
import { availableParallelism } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
 * @param {string} dir @param {string} path
 */
function compressFile(dir, path) {
  const file = join(dir, path);
  const data = readFileSync(file);
  if (data.length < MIN_COMPRESS_BYTES) return false;
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

/**
 * Writes `.br` and `.gz` beside every compressible file of a build; returns how many files got a copy.
 * @param {string} dir
 * @param {{ threads?: number }} [options]
 * @returns {Promise<number>}
 */
export async function compressBuild(dir, { threads = availableParallelism() } = {}) {
  // The slowest files (highest quality) first, so no worker is left alone with one at the end.
  const paths = sitePaths(dir)
    .filter((p) => COMPRESSIBLE.test(p) && !UNUSED.test(p))
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
