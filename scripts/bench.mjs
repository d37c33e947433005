/**
 * `npm run bench`: timings, which never belong in tests (they vary with the machine and its load).
 *
 *   npm run bench                     site vs. a bare Astro blog on 1,000 generated articles
 *   npm run bench -- 10000 --runs 1   any article count; runs per project (default 3, or 1 above 2,000)
 *   npm run bench -- --warm           keep Astro's caches between builds (as CI with a cache would)
 *   npm run bench -- --only site      build only one project (site | baseline | compare), e.g. to profile
 *   npm run bench -- --compare DIR    also build another checkout of the site (say main, unpacked under
 *                                     test/.output/ so it finds node_modules): what a change buys
 *   npm run bench -- --pages          also: the weight of what a reader downloads per page type (dist/)
 *   npm run bench -- --search         also: median first search on the site's corpus build, in Chromium
 *   npm run bench -- --compress       also: what writing the .br/.gz copies (deploy/compress.mjs) costs
 *
 * Both projects build the same generated corpus (test/fixtures/makeCorpus.mjs) with the same Astro,
 * MDX and image packages; the baseline is written by scripts/bench/baseline.mjs. Builds alternate
 * (site, baseline, site, baseline, …) so both see the same load on a shared machine, and medians are
 * reported. Every build starts cold (no content-layer store, no image cache) unless --warm is given.
 * What a build would delete first (the last output, the caches) is moved aside and deleted only after
 * the last build, and a benchmark starts its builds at least a minute after the last such deletion
 * (scripts/bench/trash.mjs says why).
 * Logs and a JSON summary go to test/.output/bench/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeBaseline } from './bench/baseline.mjs';
import { STAGE_NAMES, measureBuild } from './bench/measure.mjs';
import { trashIn } from './bench/trash.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string' },
    warm: { type: 'boolean', default: false },
    only: { type: 'string' },
    pages: { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    compare: { type: 'string' },
    compress: { type: 'boolean', default: false },
  },
});
const count = Number(positionals[0] ?? 1000);
const runs = Number(values.runs ?? (count > 2000 ? 1 : 3));
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('Pemakaian: npm run bench -- [jumlah artikel] [--runs N] [--warm] [--only site|baseline|compare] [--compare FOLDER] [--pages] [--search]');
  process.exit(1);
}

const ROOT = process.cwd();
const BENCH = resolve('test/.output/bench');
const CORPUS = join(BENCH, `corpus-${count}`);
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const TSX = resolve('node_modules/tsx/dist/cli.mjs');
mkdirSync(join(BENCH, 'logs'), { recursive: true });

// Nothing is deleted between here and the last build: what would be goes to the trash (see
// scripts/bench/trash.mjs why), emptied at the end. A trash left by an interrupted run goes first.
const trash = trashIn(BENCH);
trash.empty();
trash.discard(CORPUS);
spawnSync(process.execPath, ['test/fixtures/makeCorpus.mjs', String(count), CORPUS], { stdio: 'inherit' });
// The corpus's files go to disk now, not while the first build runs: at 10,000 articles the kernel's
// write-back of 30,000 fresh files slowed whichever project happened to build first.
spawnSync('sync');
const baselineDir = join(BENCH, 'baseline');
writeBaseline(baselineDir);
const pause = trash.wait();
if (pause > 0) {
  console.log(`Menunggu ${Math.ceil(pause / 1000)} d: berkas yang baru dihapus masih memperlambat pembuatan berkas (scripts/bench/trash.mjs).`);
  await new Promise((done) => setTimeout(done, pause));
}

const articleRe = /^\/(berita|opini)\/(?!\d+\/)[^/]+\/index\.html$/;
/** The site from the checkout in `root`, building the corpus with a cache of its own. */
const siteProject = (name, root) => ({
  cwd: root,
  out: join(BENCH, `dist-${name}-${count}`),
  // A checkout without ASN_CACHE_DIR (older than this benchmark) caches in its own node_modules/.astro.
  caches: [join(BENCH, `cache-${name}`), join(root, '.astro'), ...(root === ROOT ? [] : [join(root, 'node_modules/.astro')])],
  env: (p) => ({ ASN_CONTENT_DIR: CORPUS, ASN_OUT_DIR: p.out, ASN_CACHE_DIR: p.caches[0] }),
  // What `npm run build` runs: scripts/build.mjs; in older checkouts Astro, then (those that have it) the last step.
  commands: existsSync(join(root, 'scripts/build.mjs'))
    ? [[process.execPath, 'scripts/build.mjs']]
    : [
        [process.execPath, ASTRO, 'build'],
        ...(existsSync(join(root, 'scripts/finish-build.ts')) ? [[process.execPath, TSX, 'scripts/finish-build.ts']] : []),
      ],
  classify: (path) => (articleRe.test(path) ? 'article' : /^\/(berita|opini|penulis|pilar|topik|tag)\//.test(path) ? 'listing' : 'other'),
});
const PROJECTS = {
  site: siteProject('site', ROOT),
  // Another checkout of the site (e.g. main, unpacked inside this folder so it finds node_modules),
  // to measure what a change buys under the same load.
  ...(values.compare ? { compare: siteProject('compare', resolve(values.compare)) } : {}),
  baseline: {
    cwd: baselineDir,
    out: join(BENCH, `dist-baseline-${count}`),
    caches: [join(BENCH, 'cache-baseline'), join(baselineDir, '.astro')],
    env: (p) => ({ BENCH_ARTICLES: join(CORPUS, 'artikel'), BENCH_OUT_DIR: p.out, BENCH_CACHE_DIR: p.caches[0] }),
    commands: [[process.execPath, ASTRO, 'build']],
    classify: (path) => (articleRe.test(path) ? 'article' : 'other'),
  },
};
const names = values.only ? [values.only] : Object.keys(PROJECTS);
if (names.some((n) => !(n in PROJECTS))) {
  console.error('--only menerima site, baseline, atau compare (dengan --compare).');
  process.exit(1);
}

const build = (name, run) => {
  const p = PROJECTS[name];
  if (!values.warm) for (const dir of p.caches) trash.discard(dir);
  trash.discard(p.out);
  console.log(`… ${name}, ${count} artikel, build ${run}`);
  return measureBuild({ commands: p.commands, cwd: p.cwd, env: p.env(p), logFile: join(BENCH, 'logs', `${name}-${count}-${run}.log`), classify: p.classify });
};

if (values.warm) for (const name of names) await build(name, 'pemanasan');
const results = Object.fromEntries(names.map((n) => [n, []]));
for (let run = 1; run <= runs; run++) for (const name of names) results[name].push(await build(name, run));
trash.empty();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The run whose time is (closest to) the median: its stages explain the median. */
const typical = (rs) => rs.reduce((best, r) => (Math.abs(r.seconds - median(rs.map((x) => x.seconds))) < Math.abs(best.seconds - median(rs.map((x) => x.seconds))) ? r : best));
const mb = (bytes) => Math.round(bytes / 2 ** 20);
const summary = Object.fromEntries(
  names.map((n) => {
    const rs = results[n];
    const seconds = median(rs.map((r) => r.seconds));
    return [n, { seconds, cpuSeconds: median(rs.map((r) => r.cpuSeconds)), cpuRuns: rs.map((r) => +r.cpuSeconds.toFixed(1)), runs: rs.map((r) => +r.seconds.toFixed(1)), peakMB: mb(median(rs.map((r) => r.peakBytes))), msPerArticle: (seconds * 1000) / count, pages: rs[0].pagesBuilt, typical: typical(rs) }];
  }),
);

const row = (label, f, ratio) => {
  const r = { '': label };
  for (const n of names) r[n] = f(summary[n]);
  if (ratio && summary.baseline)
    for (const n of names.filter((x) => x !== 'baseline')) r[`${n} / baseline`] = `${(ratio(summary[n]) / ratio(summary.baseline)).toFixed(2)}×`;
  return r;
};
console.log(`\n${count} artikel, ${runs} build per proyek, bergantian${values.warm ? ', cache hangat' : ', dingin (tanpa cache)'}; beban mesin bersama, bandingkan rasio, bukan angka mutlak.`);
console.table([
  row('waktu build, median (s)', (s) => s.seconds.toFixed(1), (s) => s.seconds),
  row('setiap build (s)', (s) => s.runs.join(' / ')),
  row('waktu CPU, median (s)', (s) => s.cpuSeconds.toFixed(1), (s) => s.cpuSeconds),
  row('waktu CPU setiap build (s)', (s) => s.cpuRuns.join(' / ')),
  row('memori puncak, median (MB)', (s) => s.peakMB, (s) => s.peakMB),
  row('waktu per artikel (ms)', (s) => s.msPerArticle.toFixed(1)),
  row('CPU per artikel (ms)', (s) => ((s.cpuSeconds * 1000) / count).toFixed(1)),
  row('halaman ditulis', (s) => s.pages),
  // The site writes some 1.65 pages per article (listings of tags, topics, pillars, authors) where the
  // blog writes one: per page written, the two do comparable work.
  row('waktu per halaman ditulis (ms)', (s) => ((s.seconds * 1000) / s.pages).toFixed(1), (s) => s.seconds / s.pages),
  row('CPU per halaman ditulis (ms)', (s) => ((s.cpuSeconds * 1000) / s.pages).toFixed(1), (s) => s.cpuSeconds / s.pages),
]);

const seenStages = new Set(names.flatMap((n) => Object.keys(summary[n].typical.stages)));
const stageNames = STAGE_NAMES.filter((name) => seenStages.has(name));
console.log('Tahap (dari log Astro, build median):');
console.table(
  stageNames.map((stage) =>
    Object.fromEntries([
      ['tahap', stage],
      ...names.map((n) => [`${n} (s)`, summary[n].typical.stages[stage]?.toFixed(1) ?? '-']),
      ...names.map((n) => [`${n} CPU (s)`, summary[n].typical.stageCpuSeconds[stage]?.toFixed(1) ?? '-']),
      ...names.map((n) => [`${n} puncak (MB)`, mb(summary[n].typical.stagePeakBytes[stage] ?? 0)]),
    ]),
  ),
);
// With build.concurrency above 1 (the site renders eight pages at once) each page's "+ms" includes the
// others rendered beside it: compare kinds within one project, and wall time from the stages above.
console.log('Waktu render per jenis halaman (jumlah "+ms" di log Astro, build median; halaman situs dirender delapan sekaligus, jadi waktunya saling tumpang-tindih):');
console.table(
  names.flatMap((n) => Object.entries(summary[n].typical.pages).map(([kind, g]) => ({ proyek: n, jenis: kind, halaman: g.pages, 'detik': g.seconds.toFixed(1) }))),
);
writeFileSync(join(BENCH, `result-${count}.json`), JSON.stringify({ count, runs, warm: values.warm, date: new Date().toISOString(), results, summary }, null, 2));

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

if (values.pages) {
  if (!existsSync('dist/index.html')) spawnSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const pages = ['/', '/berita/', '/berita/festival-asn-2025-asn-charity-semarang/', '/opini/lima-pilar-asn-prima/', '/pilar/melayani/', '/asesmen-prima/', '/donasi/', '/cari/'];
  console.table(pages.filter((p) => existsSync(join('dist', p, 'index.html'))).map((p) => weight('dist', p)));
}

if (values.compress) {
  // The share of a build spent writing the .br/.gz copies, done again here on the finished output.
  const { compressBuild } = await import('../deploy/compress.mjs');
  const rows = [];
  for (const [label, dir] of [['situs', 'dist'], ['korpus', PROJECTS.site.out]]) {
    if (!existsSync(join(dir, 'index.html'))) continue;
    const start = performance.now();
    const cpu = process.cpuUsage();
    const { files } = await compressBuild(dir);
    const used = process.cpuUsage(cpu);
    rows.push({ 'kompresi br+gz': label, berkas: files, 'waktu (d)': ((performance.now() - start) / 1000).toFixed(1), 'CPU (d)': ((used.user + used.system) / 1e6).toFixed(1) });
  }
  console.table(rows);
}

/** Median of a few first searches on the corpus, each in a fresh browser context (nothing cached). */
async function searchTimings(dist, times = 5) {
  if (!existsSync(join(dist, 'cari/index.html'))) return [];
  const { chromium } = await import('playwright-core');
  const { serve } = await import('./serve.mjs');
  const { server, url } = await serve(dist, { port: 0, host: '127.0.0.1' });
  const { CHROMIUM_OPTIONS } = await import('./chromium.mjs');
  const browser = await chromium.launch(CHROMIUM_OPTIONS);
  const rows = [];
  for (const query of ['melayani', 'pelayanan publik', 'koperasi']) {
    const ms = [];
    for (let i = 0; i < times; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${url}/cari/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-search-page][data-status="ready"]');
      ms.push(performance.now() - start);
      await context.close();
    }
    rows.push({ [`pencarian pertama (korpus ${count})`]: query, 'median (ms)': Math.round(median(ms)) });
  }
  await browser.close();
  server.close();
  return rows;
}

if (values.search) console.table(await searchTimings(PROJECTS.site.out));
