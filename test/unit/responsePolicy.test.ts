import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CACHE_SHORT,
  cacheControlFor,
  cspHash,
  headerCsp,
  parseCsp,
  responseHeaders,
} from '../../deploy/policy.mjs';
import { accepts, parseTarget } from '../../scripts/serve.mjs';

describe('cacheControlFor', () => {
  it.each([
    ['/_astro/BaseLayout.Bt0HHmVA.css', CACHE_IMMUTABLE],
    ['/_astro/festival.BDstKklR_Z2kqXpR.webp', CACHE_IMMUTABLE],
    ['/index.html', CACHE_REVALIDATE],
    ['/berita/festival-asn/index.html', CACHE_REVALIDATE],
    ['/404.html', CACHE_REVALIDATE],
    ['/pagefind/pagefind.js', CACHE_REVALIDATE],
    ['/pagefind/pagefind-entry.json', CACHE_REVALIDATE],
    ['/pagefind/wasm.id.pagefind', CACHE_REVALIDATE],
    ['/pagefind/pagefind.id_7c83ba9edc.pf_meta', CACHE_REVALIDATE],
    ['/pagefind/index/id_bc4e4c9.pf_index', CACHE_SHORT],
    ['/pagefind/fragment/id_49d3d16.pf_fragment', CACHE_SHORT],
    ['/favicon.svg', CACHE_SHORT],
    ['/rss.xml', CACHE_SHORT],
    ['/berita/_astro/not-hashed.js', CACHE_SHORT],
  ])('%s → %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});

describe('headerCsp', () => {
  const page = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s';";
  const search = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self';";

  it('allows every source of every page, once, and adds what only a header can say', () => {
    expect(headerCsp([page, search, page])).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a' 'wasm-unsafe-eval' 'sha256-b'; " +
        "style-src 'self' 'sha256-s'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });

  it('lets no page policy set the header-only directives', () => {
    const csp = parseCsp(headerCsp(["default-src 'self'; frame-ancestors *"]));
    expect(csp.filter(([name]) => name === 'frame-ancestors')).toEqual([['frame-ancestors', ["'none'"]]]);
  });

  it('is only the header-only directives for a build without pages', () => {
    expect(headerCsp([])).toBe("frame-ancestors 'none'; upgrade-insecure-requests");
  });
});

describe('responseHeaders', () => {
  it('sends the page-only headers and the CSP with pages alone', () => {
    const page = responseHeaders('/berita/index.html', 'CSP');
    expect(page).toMatchObject({ 'Content-Security-Policy': 'CSP', 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff' });
    const script = responseHeaders('/_astro/a.js', 'CSP');
    expect(script).not.toHaveProperty('Content-Security-Policy');
    expect(script).not.toHaveProperty('X-Frame-Options');
    expect(script).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': CACHE_IMMUTABLE });
  });
});

it('cspHash is the base64 SHA-256 of the exact text', () => {
  const text = 'console.log(1)';
  expect(cspHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
});

describe('parseTarget (npm start)', () => {
  it.each([
    ['/berita/', { path: '/berita/', rawPath: '/berita/', query: '' }],
    ['/cari/?q=a%20b&jenis=opini', { path: '/cari/', rawPath: '/cari/', query: '?q=a%20b&jenis=opini' }],
    ['/%62erita', { path: '/berita', rawPath: '/%62erita', query: '' }],
    ['/%2fevil.example%2f..%2fberita', { path: '//evil.example/../berita', rawPath: '/%2fevil.example%2f..%2fberita', query: '' }],
    ['http://evil.example/berita?x=1', { path: '/berita', rawPath: '/berita', query: '?x=1' }],
    ['HTTP://evil.example', { path: '/', rawPath: '/', query: '' }],
  ])('%s', (url, expected) => {
    expect(parseTarget(url)).toEqual(expected);
  });

  it.each([
    ['an escape that does not decode', '/%E4%B8'],
    ['a lone percent sign', '/%'],
    ['CR LF', '/%0d%0a%2f..%2fberita'],
    ['NUL', '/berita%00/'],
    ['an encoded backslash', '/%5cevil.example%2f..%2fberita'],
    ['a backslash', '/\\evil.example'],
    ['a space', '/a b'],
    ['a character beyond ASCII', '/ä'],
    ['no leading slash', 'berita'],
    ['the asterisk form', '*'],
    ['a C1 control character', '/%C2%85'],
  ])('refuses %s', (_what, url) => {
    expect(parseTarget(url)).toBeUndefined();
  });
});

describe('accepts (Accept-Encoding)', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br', true],
    ['br;q=1.0, gzip;q=0.8', 'gzip', true],
    ['gzip;q=0, br', 'gzip', false],
    ['*', 'br', true],
    ['*;q=0', 'gzip', false],
    ['br;q=0, *', 'br', false],
    ['identity', 'gzip', false],
    ['', 'br', false],
    ['brotli', 'br', false],
  ])('%j accepts %s: %s', (header, encoding, expected) => {
    expect(accepts(header, encoding)).toBe(expected);
  });
});
