/**
 * Builds the site when `dist/` is missing, unfinished or older than any source file: what `npm start` and
 * `npm run start:nginx` do before serving, so neither serves an old build by surprise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_MARKER } from '../deploy/hostFiles.mjs';

const SOURCES = ['src', 'content', 'public', 'deploy', 'scripts/build.mjs', 'scripts/finish-build.ts', 'astro.config.mjs', 'package-lock.json'];
// Written last by the build's last step (scripts/finish-build.ts): pages from a bare `astro build`,
// or from a build whose last step failed, have no search index or compressed copies yet.
const BUILT = join('dist', BUILD_MARKER);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function buildIfStale() {
  const stale = !existsSync(BUILT) || Math.max(...SOURCES.map(newestMtime)) > statSync(BUILT).mtimeMs;
  if (!stale) {
    console.log('dist/ sudah sesuai dengan sumbernya; tidak perlu membangun ulang.');
    return;
  }
  console.log('Membangun situs (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** HOST from the environment, loopback unless asked, with a warning when it is not loopback. */
export function hostFromEnv(fallback) {
  const host = process.env.HOST || fallback;
  if (!(host === 'localhost' || /^127\./.test(host) || host === '::1')) {
    console.warn(`Perhatian: HOST=${host}, jadi situs ini dapat dibuka dari jaringan lain, bukan hanya dari komputer ini.`);
  }
  return host;
}
