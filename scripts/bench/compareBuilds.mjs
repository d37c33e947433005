/**
 * Compares two builds of the same content, to show that a change to the build left what readers
 * get alone:
 *
 *   node scripts/bench/compareBuilds.mjs BEFORE_DIR AFTER_DIR
 *
 * Lists files only in one build and files whose bytes differ. The `.br`/`.gz` copies are compared
 * by what they unpack to (a change of compression level changes their bytes, not the page), and
 * the moments a build stamps into its output (the build time in campaign JSON) are blanked first.
 * Exits 1 when anything else differs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { listFiles } from '../../deploy/hostFiles.mjs';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Pemakaian: node scripts/bench/compareBuilds.mjs FOLDER_SEBELUM FOLDER_SESUDAH');
  process.exit(2);
}

/** ISO date-times with milliseconds: only a build's own clock writes those. */
const STAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;

/** What a reader gets from a file: unpacked when it is a compressed copy, build stamps blanked. */
function readerBytes(dir, path) {
  let data = readFileSync(join(dir, path));
  if (path.endsWith('.br')) data = brotliDecompressSync(data);
  else if (path.endsWith('.gz')) data = gunzipSync(data);
  if (/\.(json|html|xml)(\.br|\.gz)?$/.test(path)) return Buffer.from(data.toString('utf8').replace(STAMP, 'STAMP'));
  return data;
}

const a = new Set(listFiles(before));
const b = new Set(listFiles(after));
const onlyBefore = [...a].filter((p) => !b.has(p));
const onlyAfter = [...b].filter((p) => !a.has(p));
const differ = [...a].filter((p) => b.has(p) && !readerBytes(before, p).equals(readerBytes(after, p)));

const show = (label, paths) => {
  if (paths.length === 0) return;
  console.log(`${label} (${paths.length}):`);
  for (const p of paths.slice(0, 20)) console.log(`  ${p}`);
  if (paths.length > 20) console.log(`  … ${paths.length - 20} lagi`);
};
show(`hanya di ${before}`, onlyBefore);
show(`hanya di ${after}`, onlyAfter);
show('isi berbeda', differ);
const same = onlyBefore.length + onlyAfter.length + differ.length === 0;
console.log(same ? `Sama: ${a.size} berkas, isi yang diterima pembaca identik.` : 'Berbeda.');
process.exit(same ? 0 : 1);
