/**
 * Scheduled publishing. The fixture corpus holds one piece dated 2999-12-31 (test/fixtures/scheduledArticle.mjs):
 * no file of the corpus build may carry a trace of it (page, listings, tag page, feed, sitemap, search
 * index), while `npm run dev` shows it with its "terjadwal" badge.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_CONTENT, CORPUS_DIST, listFiles } from './dist';
import { SCHEDULED_SLUG, SCHEDULED_TAG, SCHEDULED_TITLE, scheduledArticle } from '../fixtures/scheduledArticle.mjs';

/** Every file of a build but images, fonts and WebAssembly, as lower-case text; Pagefind's index files are gzip-compressed. */
function buildTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of listFiles(dir, '')) {
    if (/\.(png|jpe?g|webp|avif|gif|ico|woff2?|wasm)$/.test(file)) continue;
    const bytes = readFileSync(file);
    let text = bytes.toString('utf8');
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8');
    texts.set(file, text.toLowerCase());
  }
  return texts;
}

const TRACES = [SCHEDULED_SLUG, 'zamrud khatulistiwa', SCHEDULED_TAG.replaceAll(' ', '-'), SCHEDULED_TAG];
const filesWith = (texts: Map<string, string>, needle: string) => [...texts].filter(([, t]) => t.includes(needle)).map(([f]) => f);

describe('a scheduled piece in the fixture corpus build', () => {
  let texts: Map<string, string>;
  beforeAll(() => {
    expect(existsSync(join(CORPUS_CONTENT, 'artikel', 'opini', `${SCHEDULED_SLUG}.mdx`)), 'korpus belum dibuat').toBe(true);
    texts = buildTexts(CORPUS_DIST);
  });

  it('leaves no trace in any output file', () => {
    for (const trace of TRACES) expect(filesWith(texts, trace), trace).toEqual([]);
  });

  it('while the same scan finds a published piece everywhere it should be', () => {
    // The control: words of a published corpus piece, found in its page, the feed, the sitemap and the search index.
    const found = filesWith(texts, 'artikel-uji-html').map((f) => f.slice(CORPUS_DIST.length));
    expect(found).toEqual(expect.arrayContaining(['/berita/artikel-uji-html/index.html', '/rss.xml', '/sitemap-0.xml']));
    expect(found.some((f) => /^\/berita\/\d+\/index\.html$/.test(f)), 'daftar berita').toBe(true);
    expect(found.some((f) => f.startsWith('/pagefind/fragment/')), 'indeks pencarian').toBe(true);
  });
});

/** A free port, asked of the system, so the test never collides with another server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

describe('npm run dev', () => {
  const CONTENT = 'test/.output/konten-terjadwal';
  let dev: ChildProcess | undefined;
  let base = '';

  beforeAll(async () => {
    // The real content plus the scheduled piece: small, so the dev server starts quickly.
    rmSync(CONTENT, { recursive: true, force: true });
    cpSync('content', CONTENT, { recursive: true });
    mkdirSync(join(CONTENT, 'artikel', 'opini'), { recursive: true });
    writeFileSync(join(CONTENT, 'artikel', 'opini', `${SCHEDULED_SLUG}.mdx`), scheduledArticle());
    const port = Number(process.env['ASN_DEV_TEST_PORT']) || (await freePort());
    base = `http://127.0.0.1:${port}`;
    // Vitest's own variables (NODE_ENV=test above all) would change how Astro runs; give it an editor's environment.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
    dev = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      env: { ...env, ASN_CONTENT_DIR: CONTENT, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
      detached: true,
    });
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${base}/`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('astro dev tidak siap dalam 120 detik');
  }, 130_000);

  afterAll(() => {
    // The whole process group: npx and the astro process it started.
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  });

  it('serves the scheduled piece with its badge', async () => {
    const response = await fetch(`${base}/opini/${SCHEDULED_SLUG}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(SCHEDULED_TITLE);
    expect(html).toMatch(/<span[^>]*data-status="scheduled"[^>]*>\s*Terjadwal: terbit <time datetime="2999-12-31"[^>]*>31 Desember 2999<\/time>\s*<\/span>/);
  }, 60_000);

  it('lists it, marked, on the home page', async () => {
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain(`/opini/${SCHEDULED_SLUG}/`);
    expect(html).toMatch(/Terjadwal: terbit <time datetime="2999-12-31"[^>]*>31 Desember 2999<\/time>/);
  }, 60_000);

  // The same development server serves the browser editor (npm run redaksi); this server is reused
  // rather than starting another. Astro answers a path without its trailing slash with a 404 page.
  it('sends /admin to the editor at /admin/', async () => {
    const response = await fetch(`${base}/admin`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/admin/');
    const editor = await fetch(`${base}/admin/`);
    expect(editor.status).toBe(200);
    expect(await editor.text()).toContain('<title>Ruang Redaksi · ASN Prima</title>');
  }, 60_000);
});
