/**
 * `npm start`: builds the site when `dist/` is missing or older than any source file, then serves
 * it at http://localhost:4321 until stopped with Ctrl+C.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';

const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];
const BUILT = join('dist', 'index.html');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const stale = !existsSync(BUILT) || Math.max(...SOURCES.map(newestMtime)) > statSync(BUILT).mtimeMs;
if (stale) {
  console.log('Membangun situs (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
} else {
  console.log('dist/ sudah sesuai dengan sumbernya; tidak perlu membangun ulang.');
}

const port = Number(process.env.PORT) || 4321;
const { url } = await serve('dist', { port, host: process.env.HOST || 'localhost' });
console.log(`Situs ASN Prima berjalan di ${url}/  (tekan Ctrl+C untuk berhenti)`);
