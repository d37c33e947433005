import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { AstroPrerenderer } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { compressBuild, createPageCompressor } from '../../deploy/compress.mjs';
import { pageFile, renderedPages, type RenderedPage } from '~/integrations/renderedPages';

const page = (words: number) => new TextEncoder().encode(`<!doctype html><p>${'kata '.repeat(words)}</p>`);
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('pages compressed while the build renders them', () => {
  it('get .br and .gz copies that unpack to the page, in folders not written yet; small pages get none', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kompres-'));
    const compressor = createPageCompressor(dir, { threads: 1 });
    const big = page(400);
    // More pages than the queue holds, so add() has to wait for the worker.
    for (let i = 0; i < 150; i++) await compressor.add(`/berita/artikel-${i}/index.html`, big);
    await compressor.add('/kecil/index.html', page(3));
    expect(await compressor.finish()).toBe(150);

    const file = join(dir, 'berita/artikel-149/index.html');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(Buffer.from(big))).toBe(true);
    expect(gunzipSync(readFileSync(`${file}.gz`)).equals(Buffer.from(big))).toBe(true);
    expect(existsSync(join(dir, 'kecil/index.html.br'))).toBe(false);
  });

  it('are left out when the whole build is compressed afterwards; everything else is done then', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kompres-'));
    for (const path of ['a/index.html', 'b/index.html', 'rss.xml']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), page(400));
    }
    expect(await compressBuild(dir, { threads: 1, done: new Set(['/a/index.html']) })).toBe(2);
    expect(existsSync(join(dir, 'a/index.html.br'))).toBe(false);
    expect(existsSync(join(dir, 'b/index.html.br'))).toBe(true);
    expect(existsSync(join(dir, 'rss.xml.gz'))).toBe(true);
  });

  it('fail the build when a copy cannot be written, instead of leaving pages without one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kompres-'));
    // A file where the page's folder should be: no permission setting lets even root write there.
    writeFileSync(join(dir, 'p0'), 'bukan folder');
    const compressor = createPageCompressor(dir, { threads: 1 });
    let failed: unknown;
    try {
      for (let i = 0; i < 200; i++) await compressor.add(`/p${i}/index.html`, page(400));
      await compressor.finish();
    } catch (error) {
      failed = error;
    }
    expect(String(failed)).toMatch(/EEXIST|ENOTDIR/);
  });
});

/** Our prerenderer around `base`, as Astro would get it from setPrerenderer. */
function tapped(base: AstroPrerenderer, onPage: (page: RenderedPage) => void, onRendered = () => {}) {
  const pages = renderedPages();
  pages.onPage(onPage);
  pages.onRendered(onRendered);
  let prerenderer: AstroPrerenderer | undefined;
  const setPrerenderer = (p: AstroPrerenderer | ((b: AstroPrerenderer) => AstroPrerenderer)) => {
    prerenderer = typeof p === 'function' ? p(base) : p;
  };
  const start = pages.integration.hooks['astro:build:start'] as (o: { setPrerenderer: typeof setPrerenderer }) => void;
  start({ setPrerenderer });
  return prerenderer!;
}

describe('the rendered-pages tap on Astro’s prerenderer', () => {
  it('names the file Astro writes for a request path', () => {
    expect(pageFile('/berita/hari-pertama/')).toBe('/berita/hari-pertama/index.html');
    expect(pageFile('/')).toBe('/index.html');
    expect(pageFile('/404')).toBe('/404.html');
    expect(pageFile('/404.html')).toBe('/404.html');
  });

  const base = (body: string, type: string, status = 200): AstroPrerenderer => ({
    name: 'astro',
    getStaticPaths: async () => [],
    render: async () => new Response(body, { status, headers: { 'content-type': type } }),
  });
  const route = (type: string) => ({ routeData: { type } }) as unknown as Parameters<AstroPrerenderer['render']>[1];

  it('hands over each HTML page and gives Astro the same bytes to write', async () => {
    const seen: RenderedPage[] = [];
    const result = await tapped(base('<p>halo</p>', 'text/html'), (p) => void seen.push(p)).render(new Request('http://localhost/berita/s%C3%A9kali/'), route('page'));
    expect(await (result as Response).text()).toBe('<p>halo</p>');
    expect(seen.map((p) => [p.path, new TextDecoder().decode(p.bytes)])).toEqual([['/berita/sékali/index.html', '<p>halo</p>']]);
  });

  it('leaves feeds, data files and redirects alone', async () => {
    const seen: RenderedPage[] = [];
    const onPage = (p: RenderedPage) => void seen.push(p);
    await tapped(base('<rss/>', 'application/xml'), onPage).render(new Request('http://localhost/rss.xml'), route('endpoint'));
    await tapped(base('', 'text/html', 301), onPage).render(new Request('http://localhost/lama/'), route('redirect'));
    expect(seen).toEqual([]);
  });

  it('says when every page is written, after Astro’s own teardown', async () => {
    const order: string[] = [];
    const prerenderer = tapped({ ...base('', 'text/html'), teardown: async () => void order.push('astro') }, () => {}, () => order.push('rendered'));
    await prerenderer.teardown!();
    expect(order).toEqual(['astro', 'rendered']);
  });
});
