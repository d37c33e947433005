/**
 * The built site behind Debian's nginx with the project's configuration (deploy/nginx/), as a
 * production server sends it: every page type runs under the header policy without a CSP
 * violation, text arrives compressed, hashed assets are immutable, and nginx answers with the
 * same policy headers as `npm start`.
 */
import { createServer as createHttpServer, request } from 'node:http';
import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { MIN_COMPRESS_BYTES } from '../../deploy/compress.mjs';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, DOCUMENT_HEADERS, SECURITY_HEADERS } from '../../deploy/policy.mjs';
import { nginxAvailable, startNginx } from '../../scripts/nginx.mjs';
import { ALL_PAGE_TYPES, launch, openPage, sharedPage } from './harness';

let browser: Browser;
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (!nginxAvailable()) return;
  nginx = await startNginx({ dist: 'dist', port: await freePort(), stdio: 'ignore' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});
beforeEach((context) => {
  if (!nginx) context.skip('nginx is not installed here (apt-get install nginx libnginx-mod-http-brotli-static; .ci/run installs both)');
});

const at = (path: string) => new URL(path, nginx!.url).href;

/** Records CSP violations as the page reports them, from before its first script. */
const WATCH_CSP = () => {
  const w = window as unknown as { violations: string[] };
  w.violations = [];
  addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

describe('every page type behind nginx', () => {
  const shared = sharedPage(() => browser);
  beforeAll(() => nginx && shared().page.addInitScript(WATCH_CSP));
  it.each(ALL_PAGE_TYPES)('%s (%s) runs under the header policy without a CSP violation', async (_type, path) => {
    const { page, errors, foreignRequests } = shared();
    const response = await page.goto(at(path));
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.waitForLoadState('networkidle');
    // Search and the charts load more once they run or are scrolled to: wait for that too.
    const searching = path.startsWith('/cari/');
    const charted = path.startsWith('/donasi/asn');
    if (searching) await page.waitForSelector('.search-page[data-status="ready"]');
    if (charted) await page.locator('astro-island').first().scrollIntoViewIfNeeded();
    if (searching || charted) await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe('nginx sends', () => {
  it('text compressed, hashed assets immutable and pages revalidated', async () => {
    const { page } = await openPage(browser);
    const seen: { url: string; type: string; encoding: string | undefined; cache: string | undefined; size: number }[] = [];
    page.on('response', async (r) => {
      const headers = r.headers();
      const body = await r.body().catch(() => Buffer.alloc(0));
      seen.push({ url: new URL(r.url()).pathname, type: headers['content-type'] ?? '', encoding: headers['content-encoding'], cache: headers['cache-control'], size: body.length });
    });
    for (const path of ['/opini/lima-pilar-asn-prima/', '/cari/?q=pelayanan', '/donasi/asn-charity-2025/']) {
      await page.goto(at(path));
      await page.waitForLoadState('networkidle');
    }
    const text = seen.filter((r) => /html|css|javascript|json/.test(r.type) && r.size >= MIN_COMPRESS_BYTES);
    expect(text.length).toBeGreaterThan(5);
    // Debian's brotli_static (1.0.0~rc) sometimes misreads a browser's Accept-Encoding on a reused
    // connection and declines; gzip_static then sends the .gz copy. Compressed either way.
    expect(text.filter((r) => r.encoding !== 'br' && r.encoding !== 'gzip').map((r) => r.url)).toEqual([]);
    expect(text.filter((r) => r.encoding === 'br').length).toBeGreaterThan(0);
    const hashed = seen.filter((r) => r.url.startsWith('/_astro/'));
    expect(hashed.length).toBeGreaterThan(3);
    expect(hashed.filter((r) => r.cache !== CACHE_IMMUTABLE).map((r) => r.url)).toEqual([]);
    expect(seen.filter((r) => r.type.startsWith('text/html')).map((r) => r.cache)).toEqual(expect.arrayContaining([CACHE_REVALIDATE]));
    await page.context().close();
  });

  it('the 404 page with status 404 for a missing page', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(at('/tidak-ada/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
    await page.context().close();
  });

  it('a folder without its slash to the slash, keeping the query', async () => {
    const { page } = await openPage(browser);
    const response = await page.goto(at('/berita?halaman=2&q=a%20b'));
    expect(response?.request().redirectedFrom()?.url()).toBe(at('/berita?halaman=2&q=a%20b'));
    expect(page.url()).toBe(at('/berita/?halaman=2&q=a%20b'));
    await page.context().close();
  });

  it('a refusal to a page of another origin that frames the site', async () => {
    const target = at('/asesmen-prima/');
    // Another origin on the loopback (Chromium keeps public pages from framing local ones anyway).
    const other = createHttpServer((_req, res) => res.end(`<!doctype html><title>Bingkai</title><iframe src="${target}"></iframe>`));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { page, errors } = await openPage(browser);
    await page.goto(`http://127.0.0.1:${(other.address() as { port: number }).port}/`);
    await expect.poll(() => errors.join('\n')).toContain("violates the following Content Security Policy directive: \"frame-ancestors 'none'\"");
    expect(page.frames().find((f) => f !== page.mainFrame())?.url()).not.toBe(target);
    await page.context().close();
    other.close();
  });
});

/** One request on a connection of its own, with the path sent as written; headers only. */
function head(base: string, path: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    // A fresh connection: on a reused one Debian's brotli_static can misread Accept-Encoding (see above).
    request({ hostname, port, path, agent: false, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    })
      .on('error', reject)
      .end();
  });
}

describe('nginx and npm start', () => {
  it.each([
    ['a page', '/berita/'],
    ['the home page', '/'],
    ['a search entry file', '/pagefind/pagefind.js'],
    ['the search index, brotli over gzip', '/pagefind/wasm.id.pagefind'],
    ['a share image', '/og-default.png'],
    ['a missing page', '/tidak-ada/'],
    ['a folder without its slash', '/cari?q=x'],
  ])('answer %s (%s) with the same status, encoding and policy headers', async (_what, path) => {
    const names = ['cache-control', 'content-encoding', 'vary', 'location', ...[...Object.keys(SECURITY_HEADERS), ...Object.keys(DOCUMENT_HEADERS), 'Content-Security-Policy'].map((n) => n.toLowerCase())];
    const pick = (headers: Record<string, unknown>) => Object.fromEntries(names.map((n) => [n, headers[n]]));
    const [fromNginx, fromNode] = await Promise.all([head(nginx!.url, path, 'br, gzip'), head(inject('siteUrl'), path, 'br, gzip')]);
    expect(fromNginx.status).toBe(fromNode.status);
    expect(pick(fromNginx.headers)).toEqual(pick(fromNode.headers));
  });

  it.each(['/%2fevil.example%2f..%2fberita', '/%5cevil.example%2f..%2fberita', '//evil.example/%2e%2e/berita', '/%E4%B8%AD%2f..%2fberita', '/_headers', '/_nginx/server.conf'])(
    'keep %s on the site: refused, or redirected to a path of this site',
    async (path) => {
      for (const base of [nginx!.url, inject('siteUrl')]) {
        const reply = await head(base, path, '');
        expect([301, 400, 404], base).toContain(reply.status);
        expect(String(reply.headers['location'] ?? '/'), base).toMatch(/^\/(?![/\\])/);
      }
    },
  );
});
