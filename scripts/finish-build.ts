/**
 * The build's last step, after `astro build`: the search index when Astro did not write one, the
 * .br/.gz copies, and last the host files (`_headers`, `_nginx/`; `npm start` takes `_headers` as the
 * sign of a finished build). `npm run build` and the corpus build run it:
 *   tsx scripts/finish-build.ts [folder]      (default: ASN_OUT_DIR, else dist)
 *
 * Astro's build itself feeds Pagefind and the compressing worker as it renders
 * (src/integrations/whileRendering.ts); what is left here is checking and linking the copies made
 * then, making the others (Pagefind's own files among them), and the host files. A process of its
 * own rather than Astro's `astro:build:done` hook, for memory: Astro's process keeps what bundling
 * and rendering took (about 1.2 GB at 1,000 articles and 3.9 GB at 10,000; memory it frees is not
 * given back to the system), so work done after it has exited costs none of its peak.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MADE_LIST_ENV, compressBuild, copyCacheDir } from '../deploy/compress.mjs';
import { siteCsp, sitePaths, writeHostFiles } from '../deploy/hostFiles.mjs';
import { CACHE_DIR, OUT_DIR } from '../src/check/contentDir.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import { PAGEFIND_DIR } from '../src/lib/search/searchState.ts';

/** A line in the form of Astro's own log, so a build reads as one log. */
function log(label: string, message: string): void {
  console.log(`${new Date().toTimeString().slice(0, 8)} [${label}] ${message}`);
}

const dir = process.argv[2] ?? OUT_DIR;
// The folder as messages name it: `dist/`, whether it was given as `dist` or `dist/`.
const shown = dir.endsWith('/') ? dir : `${dir}/`;
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${shown} belum berisi situs yang dibangun (index.html tidak ada): jalankan \`npm run build\`.`);
  process.exit(1);
}
try {
  log('asn-prima:finish', `Langkah terakhir di ${shown}: salinan .br/.gz, berkas host.`);
  // Astro's build writes the index as it renders (src/integrations/whileRendering.ts), into an output
  // folder it emptied first; a folder built otherwise is indexed here.
  if (existsSync(join(dir, PAGEFIND_DIR, 'pagefind-entry.json'))) log('asn-prima:pagefind', 'Indeks pencarian sudah dibuat selagi Astro merender.');
  else log('asn-prima:pagefind', `Indeks pencarian dibuat dari ${await indexSite(dir)} halaman.`);
  const start = performance.now();
  // The copies made while Astro rendered (src/integrations/whileRendering.ts, compressAhead in deploy/compress.mjs) and by earlier builds.
  const cacheDir = copyCacheDir(CACHE_DIR, dir);
  // Listed once for both (the copies and host files leave it as it is: it holds neither), and the
  // pages' policies read on this thread while the workers make the copies.
  const paths = sitePaths(dir);
  const compressing = compressBuild(dir, { cacheDir, madeNow: process.env[MADE_LIST_ENV] || undefined, paths });
  const csp = siteCsp(dir, paths);
  const { files, reused, cacheFailure } = await compressing;
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  log('asn-prima:hosting', `${files} berkas dikompresi (br, gz) dalam ${seconds} d; ${reused} di antaranya sudah dibuat selagi Astro merender atau oleh build sebelumnya.`);
  if (cacheFailure) log('asn-prima:hosting', `Peringatan: simpanan salinan di ${cacheDir} tidak dapat dipakai (${cacheFailure}); salinan tetap dibuat.`);
  writeHostFiles(dir, { paths, csp });
  log('asn-prima:hosting', `_headers dan _nginx/ ditulis (CSP ${csp.length} karakter).`);
} catch (error) {
  console.error(`Langkah terakhir build gagal, jadi ${shown} belum lengkap dan belum boleh dipasang:`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
