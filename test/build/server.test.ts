/**
 * `npm start`'s server (scripts/serve.mjs) over the built site, tried as a browser, a careless
 * deployer and an attacker would: the production headers, compressed copies by Accept-Encoding,
 * validators, and thousands of hostile requests that must end in 400/404, never in a redirect
 * off-site, a file outside the build, or a dead server.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteCsp } from '../../deploy/hostFiles.mjs';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE } from '../../deploy/policy.mjs';
import { serve } from '../../scripts/serve.mjs';
import { DIST, listFiles } from './dist';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** One request with the path sent exactly as given (Node refuses only spaces and control characters). */
function get(base: string, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bytes written as they are, for request lines no HTTP client would send; resolves to the status line and headers. */
function raw(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    // Written, not ended: a half-closed socket may be closed before an error answer can go out.
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1').split('\r\n\r\n')[0] ?? ''));
    socket.on('error', () => resolve(''));
  });
}

/** A redirect that a browser would follow to another site: `//host`, `/\host`, or any absolute URL. */
const offSite = (location: string | undefined) => location !== undefined && !/^\/(?![/\\])/.test(location);

let server: Server;
let base: string;
beforeAll(async () => {
  ({ server, url: base } = await serve(DIST, { port: 0, host: '127.0.0.1' }));
});
afterAll(async () => {
  agent.destroy();
  await new Promise((r) => server?.close(r));
});

const htmlPath = '/berita/';
const cssPath = () => listFiles(join(DIST, '_astro'), '.css').map((f) => f.slice(DIST.length)).find((p) => readFileSync(join(DIST, p)).length > 1024)!;

describe('npm start sends the production policy', () => {
  it('on pages: the header CSP of _headers, the page-only headers, revalidation', async () => {
    const reply = await get(base, htmlPath);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toBe(siteCsp(DIST));
    expect(reply.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': CACHE_REVALIDATE,
      'content-type': 'text/html; charset=utf-8',
    });
  });

  it('on hashed assets: immutable for a year, and no page-only headers', async () => {
    const reply = await get(base, cssPath());
    expect(reply.headers['cache-control']).toBe(CACHE_IMMUTABLE);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-security-policy']).toBeUndefined();
  });

  it('the 404 page with status 404 for a missing page, with the page headers', async () => {
    const reply = await get(base, '/tidak-ada/?q=1');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('Halaman tidak ditemukan');
    expect(reply.headers['content-security-policy']).toBe(siteCsp(DIST));
  });

  it('redirects a folder to its trailing slash, keeping the query, relative to any Host', async () => {
    const reply = await get(base, '/berita?halaman=2&q=a%20b', { headers: { Host: 'evil.example' } });
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/berita/?halaman=2&q=a%20b');
    const absoluteForm = await raw(base, 'GET http://evil.example/cari?q=x HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
    expect(absoluteForm).toMatch(/^HTTP\/1\.1 301/);
    expect(absoluteForm).toMatch(/\r\nLocation: \/cari\/\?q=x\r\n/i);
  });
});

describe('npm start compresses by Accept-Encoding', () => {
  it.each([
    ['br', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
    ['gzip;q=0, br;q=0', undefined, (b: Buffer) => b],
    ['', undefined, (b: Buffer) => b],
  ])('%j → %s, same content, Vary and a correct length', async (acceptEncoding, encoding, decode) => {
    for (const path of [htmlPath, cssPath(), '/pagefind/pagefind.js']) {
      const plain = await get(base, path);
      const reply = await get(base, path, { headers: { 'Accept-Encoding': acceptEncoding } });
      expect(reply.headers['content-encoding'], path).toBe(encoding);
      expect(reply.headers['vary'], path).toBe('Accept-Encoding');
      expect(Number(reply.headers['content-length']), path).toBe(reply.body.length);
      expect(decode(reply.body).equals(plain.body), path).toBe(true);
    }
  });

  it("sends Pagefind's index as brotli of its content, or as the gzip file it is", async () => {
    const br = await get(base, '/pagefind/wasm.id.pagefind', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).subarray(0, 12).toString()).toBe('pagefind_dcd');
    const gzipOnly = await get(base, '/pagefind/wasm.id.pagefind', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipOnly.headers['content-encoding']).toBeUndefined();
    expect([...gzipOnly.body.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  it('answers HEAD with the length GET sends, and no body', async () => {
    for (const acceptEncoding of ['', 'br']) {
      for (const path of [htmlPath, cssPath(), '/tidak-ada/']) {
        const headers = { 'Accept-Encoding': acceptEncoding };
        const [getReply, headReply] = [await get(base, path, { headers }), await get(base, path, { method: 'HEAD', headers })];
        expect(headReply.status, path).toBe(getReply.status);
        expect(headReply.headers['content-length'], path).toBe(String(getReply.body.length));
        expect(headReply.body.length, path).toBe(0);
      }
    }
  });

  it('gives validators and answers 304 to a matching If-None-Match', async () => {
    const first = await get(base, htmlPath, { headers: { 'Accept-Encoding': 'br' } });
    expect(first.headers['etag']).toMatch(/^W\/".+"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await get(base, htmlPath, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': first.headers['etag']! } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get(base, htmlPath, { headers: { 'If-None-Match': 'W/"0-0"' } })).status).toBe(200);
  });

  it('ignores Range headers and sends the whole file (nothing on the site needs part of one)', async () => {
    const whole = await get(base, htmlPath);
    for (const range of ['bytes=5-2', 'bytes=-5', 'bytes=0-0', 'bytes=0-1,3-4', 'bytes=99999999-', 'lines=1-2']) {
      const reply = await get(base, htmlPath, { headers: { Range: range } });
      expect(reply.status, range).toBe(200);
      expect(reply.headers['content-range'], range).toBeUndefined();
      expect(reply.body.equals(whole.body), range).toBe(true);
    }
  });
});

describe('npm start refuses what a static site never answers', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'])('%s: 405 with Allow: GET, HEAD', async (method) => {
    const reply = await get(base, htmlPath, { method });
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('GET, HEAD');
  });

  it.each([
    ['/%E4%B8%AD%2f..%2fberita', 404],
    ['/%0d%0a%2f..%2fberita', 400],
    ['/%2fevil.example%2f..%2fberita', 404],
    ['/%5cevil.example%2f..%2fberita', 400],
    ['//evil.example/..%2fberita', 404],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/..%2f..%2f..%2fetc%2fpasswd', 404],
    ['/%252e%252e%252fetc%252fpasswd', 404],
    ['/berita%00/', 400],
    ['/%', 400],
    ['/%E4%B8', 400],
    ['/_headers', 404],
    ['/_nginx/server.conf', 404],
    ['/index.html.br', 404],
    ['/.env', 404],
  ])('%s → %i, never a redirect', async (path, status) => {
    const reply = await get(base, path);
    expect(reply.status).toBe(status);
    expect(reply.headers['location']).toBeUndefined();
  });

  it('survives thousands of random and hostile paths: only 200, 301, 400 or 404, and no redirect off-site', async () => {
    // A fixed seed: the same paths every run, so a failure can be replayed.
    let seed = 12;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = ['..', '.', '', '%2e%2e', '%2e', '%2f', '%5c', '%00', '%0a', '%0d%0a', '%E4%B8%AD', '%', '%zz', '%ff', '%C0%AF',
      'evil.example', '@evil.example', 'berita', 'cari', '_astro', 'pagefind', 'index.html', '404.html', '_headers', '%252e%252e',
      ';', '~', '\u00e4', 'a'.repeat(300), '?q=%0d%0a', '#x', ':', 'http:', '\\', '%5C%5C', 'CON', '*'];
    const paths = Array.from({ length: 3000 }, () =>
      '/' + Array.from({ length: 1 + random(6) }, () => pieces[random(pieces.length)]).join(random(4) === 0 ? '//' : '/'),
    );
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    for (let i = 0; i < paths.length; i += 16) {
      await Promise.all(
        paths.slice(i, i + 16).map(async (path) => {
          const reply = await get(base, path);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          if (![200, 301, 400, 404].includes(reply.status) || offSite(reply.headers['location'])) problems.push(`${path} → ${reply.status} ${reply.headers['location'] ?? ''}`);
          if (reply.headers['x-content-type-options'] !== 'nosniff') problems.push(`${path}: no nosniff`);
        }),
      );
    }
    expect(problems).toEqual([]);
    expect(statuses.get(404)).toBeGreaterThan(100);
    expect(statuses.get(400)).toBeGreaterThan(100);
    expect((await get(base, '/')).status).toBe(200);
  }, 60_000);

  it('survives request lines no HTTP client would send, and still answers', async () => {
    const lines = [
      'GET /\\evil.example HTTP/1.1',
      'GET /berita\r\nLocation: //evil.example HTTP/1.1',
      'GET /%0d%0aSet-Cookie:%20x=1 HTTP/1.1',
      `GET /${'a'.repeat(100_000)} HTTP/1.1`,
      'GET * HTTP/1.1',
      'GET http://evil.example HTTP/1.1',
      'GET /berita\u0000 HTTP/1.1',
      'GET /ber ita HTTP/1.1',
      'BREW /pot HTTP/1.1',
      'GET /',
    ];
    for (const line of lines) {
      const head = await raw(base, `${line}\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(head, line.slice(0, 40)).toMatch(/^HTTP\/1\.1 (200|301|400|404|405|431) /);
      expect(offSite(/\r\nLocation: ([^\r]*)/i.exec(head)?.[1]), line.slice(0, 40)).toBe(false);
      expect(head, line.slice(0, 40)).not.toMatch(/\r\nSet-Cookie:/i);
      expect(head, line.slice(0, 40)).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    }
    expect((await get(base, '/')).status).toBe(200);
  });
});

describe('npm start over a build with symbolic links and a rebuild', () => {
  // Made in beforeAll, not here: a filtered run collects this block without running its hooks.
  let root: string;
  let site: string;
  const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"></head><body>${body}</body></html>`;
  let running: { server: Server; url: string };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'asn-prima-serve-'));
    site = join(root, 'dist');
    mkdirSync(join(site, 'berita'), { recursive: true });
    writeFileSync(join(site, 'index.html'), page('beranda'));
    writeFileSync(join(site, '404.html'), page('tidak ada'));
    writeFileSync(join(site, 'berita', 'index.html'), page('berita'));
    writeFileSync(join(root, 'rahasia.txt'), 'RAHASIA');
    mkdirSync(join(root, 'luar'));
    writeFileSync(join(root, 'luar', 'index.html'), page('RAHASIA'));
    symlinkSync(join(root, 'rahasia.txt'), join(site, 'rahasia.txt'));
    symlinkSync('/etc/passwd', join(site, 'passwd'));
    symlinkSync(join(root, 'luar'), join(site, 'luar'));
    symlinkSync(site, join(site, 'putaran'));
    symlinkSync(join(root, 'tidak-ada'), join(site, 'putus'));
    symlinkSync(join(site, 'index.html'), join(site, 'salinan.html'));
    // A compressed copy that leads out: the server must send the real page instead.
    symlinkSync(join(root, 'rahasia.txt'), join(site, 'berita', 'index.html.br'));
    running = await serve(site, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await new Promise((r) => running?.server.close(r));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('serves no symbolic link, wherever it leads, and starts despite loops and dangling links', async () => {
    for (const path of ['/rahasia.txt', '/passwd', '/luar/', '/luar/index.html', '/putaran/index.html', '/putus', '/salinan.html']) {
      const reply = await get(running.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).not.toContain('RAHASIA');
      expect(reply.body.toString(), path).not.toContain('root:');
    }
    const berita = await get(running.url, '/berita/', { headers: { 'Accept-Encoding': 'br' } });
    expect(berita.headers['content-encoding']).toBeUndefined();
    expect(berita.body.toString()).toContain('berita');
  });

  it('serves a rebuild once it is complete (its _headers written last), without a restart', async () => {
    expect((await get(running.url, '/baru/')).status).toBe(404);
    mkdirSync(join(site, 'baru'));
    writeFileSync(join(site, 'baru', 'index.html'), page('baru'));
    expect((await get(running.url, '/baru/')).status).toBe(404);
    writeFileSync(join(site, '_headers'), '');
    utimesSync(join(site, '_headers'), new Date(), new Date(Date.now() + 1000));
    const reply = await get(running.url, '/baru/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
