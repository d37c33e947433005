/**
 * `npm run bench`: timings, which never belong in tests (they vary with the machine).
 * Measures the build of the real site and of the 1,000-article corpus, and the weight of what a
 * reader downloads per page type. Prints a table; compare runs on the same machine only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function timed(label, cmd, args, env = {}) {
  const start = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) throw new Error(`${label} gagal`);
  return { label, seconds: ((performance.now() - start) / 1000).toFixed(1) };
}

const rows = [
  timed('build: situs (dist/)', 'npx', ['astro', 'build']),
  timed('build: korpus 1.000 artikel', 'node', ['scripts/build-corpus.mjs', '1000']),
];
// The share of the builds above spent writing the .br/.gz copies (deploy/compress.mjs), done again here.
const { compressBuild } = await import('../deploy/compress.mjs');
for (const [label, dir] of [['kompresi br+gz: situs', 'dist'], ['kompresi br+gz: korpus', 'test/.output/dist-corpus']]) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const files = await compressBuild(dir);
  const used = process.cpuUsage(cpu);
  rows.push({ label: `${label} (${files} berkas, CPU ${((used.user + used.system) / 1e6).toFixed(1)} d)`, seconds: ((performance.now() - start) / 1000).toFixed(1) });
}
console.table(rows);

/** Bytes a first visit transfers for a page: HTML, CSS and the scripts it references (gzip). */
function weight(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const gz = (text) => gzipSync(text).length;
  let js = 0;
  let css = 0;
  for (const a of new Set(assets)) {
    const size = gz(readFileSync(join(dist, a)));
    if (a.endsWith('.js')) js += size;
    else css += size;
  }
  return { halaman: path, 'html (KB gz)': (gz(html) / 1024).toFixed(1), 'css (KB gz)': (css / 1024).toFixed(1), 'js (KB gz)': (js / 1024).toFixed(1) };
}

const pages = ['/', '/berita/', '/berita/festival-asn-2025-asn-charity-semarang/', '/opini/lima-pilar-asn-prima/', '/pilar/melayani/', '/asesmen-prima/', '/donasi/', '/cari/'];
console.table(pages.filter((p) => existsSync(join('dist', p, 'index.html'))).map((p) => weight('dist', p)));

/** Median of a few first searches on the corpus, each in a fresh browser context (nothing cached). */
async function searchTimings(runs = 5) {
  if (!existsSync('test/.output/dist-corpus/cari/index.html')) return [];
  const { chromium } = await import('playwright-core');
  const { serve } = await import('./serve.mjs');
  const { server, url } = await serve('test/.output/dist-corpus', { port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  for (const query of ['melayani', 'pelayanan publik', 'koperasi']) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${url}/cari/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-search-page][data-status="ready"]');
      times.push(performance.now() - start);
      await context.close();
    }
    times.sort((a, b) => a - b);
    rows.push({ 'pencarian pertama (korpus 1.000)': query, 'median (ms)': Math.round(times[Math.floor(times.length / 2)]) });
  }
  await browser.close();
  server.close();
  return rows;
}

console.table(await searchTimings());
