/**
 * `npm run cek [folder]`: checks all content (default: content/, or ASN_CONTENT_DIR) in seconds,
 * without building, and prints every problem as `file:line  field  message`, then a summary.
 * Exits with 1 when there is any error, so scripts and CI can rely on it.
 */
import { runChecks } from '../src/check/checks.ts';
import { CONTENT_DIR } from '../src/check/contentDir.ts';
import { formatProblem, summarize } from '../src/check/problems.ts';

const started = performance.now();
const contentDir = process.argv[2] ?? CONTENT_DIR;
const problems = runChecks(contentDir);
for (const problem of problems) console.log(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
const errors = problems.some((p) => p.severity === 'error');
console.log(`${problems.length > 0 ? '\n' : ''}Pemeriksaan ${contentDir}/: ${summarize(problems)} (${seconds} detik).`);
if (errors) console.log('Perbaiki galat di atas; PANDUAN-PENULIS.md menjelaskan arti tiap pesan.');
process.exitCode = errors ? 1 : 0;
