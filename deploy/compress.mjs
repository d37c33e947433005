/**
 * Precompresses a finished build: `.br` and `.gz` beside every text file worth it, so servers never
 * compress per request (nginx picks the copies with gzip_static/brotli_static, `npm start` by the
 * request's Accept-Encoding). Runs in the build (src/integrations/hosting.ts) after Pagefind, in
 * parallel on zlib's thread pool. Node-only.
 */
import { availableParallelism } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import { sitePaths } from './hostFiles.mjs';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

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
 * Brotli quality by how a file's count grows: the best for code, which no article changes; a fast
 * one for pages and excerpts (one per article), between for the index. Quality 11 costs about
 * 2 ms of CPU per KB, 6 a fiftieth of that, for some 8% more bytes.
 */
/** @param {string} path */
function qualityOf(path) {
  if (/\.(html|xml|pf_fragment)$/.test(path)) return 6;
  if (/\.(pf_index|pf_meta|pf_filter)$/.test(path)) return 10;
  return constants.BROTLI_MAX_QUALITY;
}
/** @param {Buffer} data @param {number} quality */
const brotliAt = (data, quality) =>
  brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });

/**
 * Writes `.br` and `.gz` beside every compressible file of a build; returns how many files got a copy.
 * @param {string} dir
 * @returns {Promise<number>}
 */
export async function compressBuild(dir) {
  const queue = sitePaths(dir).filter((p) => COMPRESSIBLE.test(p) && !UNUSED.test(p));
  let compressed = 0;
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      const file = join(dir, path);
      const data = await readFile(file);
      if (data.length < MIN_COMPRESS_BYTES) continue;
      if (isGzip(data)) {
        // Pagefind's files hold gzip, which its script unpacks itself, or skips when the content
        // arrives already unpacked (it starts with "pagefind_dcd"). So a brotli copy of what is
        // inside, sent with Content-Encoding: br, is some 15% smaller on the wire and still reads
        // right; no .gz copy, since the file itself is one.
        if (!PAGEFIND_GZIP.test(path)) continue;
        await writeFile(`${file}.br`, await brotliAt(await gunzipAsync(data), qualityOf(path)));
      } else {
        const [br, gz] = await Promise.all([brotliAt(data, qualityOf(path)), gzipAsync(data, { level: 9 })]);
        await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
      }
      compressed++;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return compressed;
}
