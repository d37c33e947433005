/**
 * `npm run build`: Astro's build, then, only if it succeeded, the last step (scripts/finish-build.ts:
 * the .br/.gz copies not made while rendering, host files) in a process of its own.
 *   node scripts/build.mjs [astro build options]     (npm run build -- --outDir elsewhere)
 *
 * A script rather than `astro build && tsx …` in package.json, for settings that must be in the
 * environment before Astro's process starts. Astro's compiler and its bundler (Rolldown) are native
 * modules that allocate with mimalloc, which reads them as it loads (one's own setting wins):
 *  - MIMALLOC_PURGE_DELAY=0. mimalloc returns the memory a thread freed to the system only when that
 *    thread allocates again; Rolldown's threads sit idle once bundling ends, so their freed memory
 *    stayed resident through rendering and images. Returned at once, a 1,000-article build peaks at
 *    1.09–1.12 GB instead of 1.26–1.30 GB, in the same time (three alternated pairs).
 *  - MIMALLOC_ALLOW_THP=0: the compiler's mimalloc turns transparent huge pages off for the whole
 *    process (Linux's PR_SET_THP_DISABLE, which Pagefind's and sharp's helpers inherit). Where the
 *    kernel gives them to every allocation (`always`, as on the machines this was measured on), each
 *    first touch of 2 MB of Rolldown's memory had the kernel zero all of it: a tenth of a
 *    1,000-article build's CPU went to `clear_page_erms` (perf). Off, Astro's build took 18.6–19.7 s
 *    instead of 22.5–22.9 s, bundling 5.8–6.5 s instead of 8.2–8.9 s, and it peaked at 1.0 instead
 *    of 1.2 GB (three alternated pairs). Elsewhere (`madvise`, `never`, other systems) it changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MADE_LIST_ENV } from '../deploy/compress.mjs';
import { TYPESCRIPT_NODE_OPTIONS } from '../deploy/typescript.mjs';

// Astro's command line, found the way Node finds the package (its exports do not list the bin file).
const ASTRO = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const FINISH = fileURLToPath(new URL('finish-build.ts', import.meta.url));

/** Runs a Node script like the command line would, and stops with its status when it fails. */
function run(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env = process.env) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Astro's options, with `--outDir` taken out and given to both steps as ASN_OUT_DIR (which the
 * config reads): on Astro's command line alone, the last step would finish an older build.
 */
function split(/** @type {string[]} */ args) {
  const astro = [];
  let outDir;
  for (let i = 0; i < args.length; i++) {
    const arg = /** @type {string} */ (args[i]);
    if (arg === '--outDir') outDir = args[++i];
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else astro.push(arg);
  }
  return { astro, outDir };
}

/** What Astro's process gets unless the environment says otherwise (see the top of this file). */
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ALLOW_THP: '0' };

const { astro, outDir } = split(process.argv.slice(2));
// Where Astro's build lists the copies it made while rendering, for the last step to link without
// unpacking them again (deploy/compress.mjs, compressAhead): a folder made now and removed at the
// end, so a list from anywhere else is never taken.
const listDir = mkdtempSync(join(tmpdir(), 'asn-build-'));
process.on('exit', () => rmSync(listDir, { recursive: true, force: true }));
const both = { ...process.env, [MADE_LIST_ENV]: join(listDir, 'salinan.json'), ...(outDir ? { ASN_OUT_DIR: outDir } : {}) };
run([ASTRO, 'build', ...astro], { ...ALLOCATOR, ...both });
// In this process's kind of Node, not tsx's command line (which starts a second process).
run([...TYPESCRIPT_NODE_OPTIONS, FINISH], both);
