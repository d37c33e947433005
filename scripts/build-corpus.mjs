/**
 * Builds the generated fixture corpus into test/.output/dist-corpus, next to (never over) the
 * real dist/. Used by the build and browser tests and by the benchmark.
 *   node scripts/build-corpus.mjs [count]
 */
import { spawnSync } from 'node:child_process';

const count = process.argv[2] ?? '1000';
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('node', ['test/fixtures/makeCorpus.mjs', count, 'test/.output/corpus']);
const env = { ASN_CONTENT_DIR: 'test/.output/corpus', ASN_OUT_DIR: 'test/.output/dist-corpus', ASTRO_TELEMETRY_DISABLED: '1' };
// What `npm run build` runs (scripts/build.mjs).
run(process.execPath, ['scripts/build.mjs'], env);
