import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/finish-build.ts, the build's last step after `astro build` has exited.
const tmp = mkdtempSync(join(tmpdir(), 'asn-finish-'));
// Its kept copies go to a cache of the test's own, not the project's.
const finish = (dir: string) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/finish-build.ts', dir], {
    encoding: 'utf8',
    env: { ...process.env, ASN_CACHE_DIR: join(tmp, 'cache') },
  });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A page as the site writes it (with its policy), long enough (over 1 KB) to get compressed copies. */
const page = (title: string) =>
  `<!doctype html><html lang="id"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">` +
  `<title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>` +
  `<p>${'Pelayanan publik yang responsif dan akuntabel. '.repeat(40)}</p></main></body></html>`;

describe('scripts/finish-build.ts', () => {
  it('is what `npm run build` runs, after Astro and only if Astro succeeded; Astro gets its memory settings', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts['build']).toBe('node scripts/build.mjs');
    // Loaded into every Node process of the build: Astro's says what it was given, then fails as a broken
    // build would (succeeds when given an output folder); the last step says where it would work.
    const probe = join(tmp, 'probe.mjs');
    // Astro's says whether transparent huge pages are on once Astro's compiler (which brings mimalloc,
    // the allocator that reads MIMALLOC_*) is loaded, as /proc shows it (absent where the kernel has none).
    writeFileSync(
      probe,
      `import { createRequire } from 'node:module';\nimport { readFileSync } from 'node:fs';\n` +
        `const thp = () => /THP_enabled:\\s*(\\d)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 'none';\n` +
        `if (process.argv[1]?.endsWith('astro.mjs')) { await import(createRequire(process.cwd() + '/').resolve('@astrojs/compiler-rs')); console.log('astro', process.argv.slice(2).join(' '), 'MIMALLOC_PURGE_DELAY=' + process.env.MIMALLOC_PURGE_DELAY, 'THP=' + thp(), 'ASN_OUT_DIR=' + process.env.ASN_OUT_DIR); console.log('list', process.env.ASN_COPIES_MADE); process.exit(process.env.ASN_OUT_DIR ? 0 : 3); }\n` +
        `if (process.argv[1]?.endsWith('finish-build.ts')) { console.log('last step in', process.env.ASN_OUT_DIR); console.log('list', process.env.ASN_COPIES_MADE); process.exit(0); }\n`,
    );
    // What this machine's kernel does for a process that does not ask (Linux's \`always\` gives 1).
    const before = /THP_enabled:\s*(\d)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 'none';
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--silent'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--import ${probe}`, MIMALLOC_PURGE_DELAY: '5', MIMALLOC_ALLOW_THP: '1', ASN_OUT_DIR: undefined },
    });
    // One's own settings win.
    expect(build.stdout).toContain(`astro build --silent MIMALLOC_PURGE_DELAY=5 THP=${before}`);
    expect(build.status).toBe(3);
    expect(build.stdout).not.toContain('last step');
    const defaults = spawnSync(process.execPath, ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--import ${probe}`, MIMALLOC_PURGE_DELAY: undefined, MIMALLOC_ALLOW_THP: undefined, ASN_OUT_DIR: undefined },
    });
    // Huge pages off where the kernel has them.
    expect(defaults.stdout).toContain(`MIMALLOC_PURGE_DELAY=0 THP=${before === 'none' ? 'none' : 0}`);
    // --outDir goes to both steps, so the last one finishes this build and not an older one in dist/.
    const elsewhere = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', 'lain', '--silent'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--import ${probe}`, ASN_OUT_DIR: undefined },
    });
    expect(elsewhere.stdout).toMatch(/astro build --silent MIMALLOC_PURGE_DELAY=0 THP=\S+ ASN_OUT_DIR=lain/);
    expect(elsewhere.stdout).toContain('last step in lain');
    expect(elsewhere.status).toBe(0);
    // Both steps get the same list of copies made while rendering, in a folder of this build's own, gone afterwards.
    const lists = [...elsewhere.stdout.matchAll(/^list (.*)$/gm)].map((m) => m[1]!);
    expect(lists).toHaveLength(2);
    expect(lists[0]).toBe(lists[1]);
    expect(lists[0]!.startsWith(tmpdir())).toBe(true);
    expect(existsSync(join(lists[0]!, '..'))).toBe(false);
    const failed = [...build.stdout.matchAll(/^list (.*)$/gm)].map((m) => m[1]!);
    expect(existsSync(join(failed[0]!, '..')), 'removed after a failed build too').toBe(false);
  });

  it('refuses a folder that holds no built site, names it, and writes nothing into it', () => {
    const empty = join(tmp, 'kosong');
    mkdirSync(empty);
    const run = finish(empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${empty}/ belum berisi situs yang dibangun`);
    expect(run.stderr).toContain('npm run build');
    expect(readdirSync(empty)).toEqual([]);
  });

  it('indexes the marked pages, writes the compressed copies, then the host files', () => {
    const site = join(tmp, 'situs');
    mkdirSync(join(site, 'berita', 'contoh'), { recursive: true });
    mkdirSync(join(site, 'tentang'));
    // The home page is a listing: Pagefind reads only articles and the pages one folder down.
    writeFileSync(join(site, 'index.html'), page('Beranda'));
    writeFileSync(join(site, 'tentang', 'index.html'), page('Tentang'));
    writeFileSync(join(site, 'berita', 'contoh', 'index.html'), page('Layanan daerah'));
    const run = finish(site);
    expect(run.status, run.stderr).toBe(0);
    // In this order: the host files come last, as the sign of a finished build.
    const steps = run.stdout.split('\n').map((line) => /\[asn-prima:\w+\] (.*)/.exec(line)?.[1]).filter(Boolean);
    expect(steps).toEqual([
      expect.stringMatching(/^Langkah terakhir di .*situs\/: salinan .br\/.gz, berkas host/),
      'Indeks pencarian dibuat dari 2 halaman.',
      expect.stringMatching(/^\d+ berkas dikompresi \(br, gz\)/),
      expect.stringMatching(/^_headers dan _nginx\/ ditulis/),
    ]);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const copy of ['index.html.br', 'index.html.gz', 'berita/contoh/index.html.br', 'berita/contoh/index.html.gz']) {
      expect(existsSync(join(site, copy)), copy).toBe(true);
    }
    expect(readFileSync(join(site, '_headers'), 'utf8')).toContain('Content-Security-Policy');
    // Run again, as after a rebuild of the same pages: every copy comes from the cache.
    const again = finish(site);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/(\d+) berkas dikompresi \(br, gz\) dalam [\d.]+ d; \1 di antaranya sudah dibuat selagi Astro merender atau oleh build sebelumnya\./);
  });

  it('keeps the search index Astro wrote while rendering, and indexes only a folder without one', () => {
    const site = join(tmp, 'sudah-diindeks');
    mkdirSync(join(site, 'berita', 'contoh'), { recursive: true });
    writeFileSync(join(site, 'index.html'), page('Beranda'));
    writeFileSync(join(site, 'berita', 'contoh', 'index.html'), page('Layanan daerah'));
    // As src/integrations/whileRendering.ts leaves it (a stand-in: the real one has pagefind.js beside it).
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), '{"version":"1.6.0","languages":{"id":{"page_count":1}}}');
    const run = finish(site);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('[asn-prima:pagefind] Indeks pencarian sudah dibuat selagi Astro merender.');
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(false);
    expect(existsSync(join(site, 'berita', 'contoh', 'index.html.br'))).toBe(true);
  });
});
