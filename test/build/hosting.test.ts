/**
 * The build as a host receives it: every page's Content Security Policy first in <head> and
 * covered by the header policy, the host files written from deploy/policy.mjs, the precompressed
 * copies, and the size of an article's first paint.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_COMPRESS_BYTES } from '../../deploy/compress.mjs';
import { listFiles as listBuildFiles, siteCsp, sitePaths } from '../../deploy/hostFiles.mjs';
import { cspHash, parseCsp } from '../../deploy/policy.mjs';
import { CORPUS_DIST, DIST, listFiles, pathOf, readDoc } from './dist';

type Csp = Map<string, string[]>;
/** For tests that read the 1,650-page corpus on a shared machine. */
const SLOW = 30_000;
const cspOf = (policy: string): Csp => new Map(parseCsp(policy));
const metaPolicy = (doc: Document) => doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';

/**
 * Every page of the real site; one page of each shape in the corpus, whose 1,650 pages repeat a
 * few templates (`/berita/artikel-uji-0001/` stands for all 660 news pages).
 */
function pagesOf(dist: string): string[] {
  const files = listFiles(dist, '.html');
  if (dist === DIST) return files;
  const byShape = new Map<string, string>();
  for (const file of files) {
    const shape = pathOf(dist, file).replace(/\d+/g, '#');
    if (!byShape.has(shape)) byShape.set(shape, file);
  }
  return [...byShape.values()];
}

describe.each([
  ['the site', DIST],
  ['the fixture corpus', CORPUS_DIST],
])('Content Security Policy of %s', (_name, dist) => {
  const header = () => cspOf(siteCsp(dist));

  it('comes first in every <head>, right after the charset, before any script', () => {
    for (const file of pagesOf(dist)) {
      const head = readDoc(file).head;
      expect(head.firstElementChild?.getAttribute('charset'), file).toBe('utf-8');
      expect(head.children[1]?.getAttribute('http-equiv'), file).toBe('content-security-policy');
    }
  }, SLOW);

  it("allows every inline script and style of the page by hash, and 'wasm-unsafe-eval' only where search runs", () => {
    for (const file of pagesOf(dist)) {
      const doc = readDoc(file);
      const policy = cspOf(metaPolicy(doc));
      for (const script of doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])'))
        expect(policy.get('script-src'), `${file}: ${script.textContent?.slice(0, 60)}`).toContain(`'${cspHash(script.textContent ?? '')}'`);
      for (const style of doc.querySelectorAll('style'))
        expect(policy.get('style-src'), `${file}: ${style.textContent?.slice(0, 60)}`).toContain(`'${cspHash(style.textContent ?? '')}'`);
      expect(policy.get('script-src')?.includes("'wasm-unsafe-eval'"), file).toBe(pathOf(dist, file) === '/cari/');
      expect(doc.querySelectorAll('[style]').length, `${file}: style attributes need 'unsafe-inline'`).toBe(0);
    }
  }, SLOW);

  it('is allowed whole by the header policy, which adds only what a <meta> cannot say', () => {
    const headerPolicy = header();
    const fromPages = new Set<string>();
    for (const file of pagesOf(dist)) {
      for (const [name, sources] of cspOf(metaPolicy(readDoc(file)))) {
        fromPages.add(name);
        expect(headerPolicy.get(name), `${file} ${name}`).toEqual(expect.arrayContaining(sources));
      }
    }
    expect([...headerPolicy.keys()].filter((name) => !fromPages.has(name)).sort()).toEqual(['frame-ancestors', 'upgrade-insecure-requests']);
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
  }, SLOW);
});

describe('host files of the site', () => {
  const headers = () => readFileSync(join(DIST, '_headers'), 'utf8');

  it('give Netlify and Cloudflare Pages the security headers and the header policy for every path', () => {
    const block = headers().split('\n\n').find((b) => b.split('\n').includes('/*'))!;
    expect(block.split('\n')).toContain(`  Content-Security-Policy: ${siteCsp(DIST)}`);
    for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy'])
      expect(block).toMatch(new RegExp(`^  ${name}: \\S`, 'm'));
    expect(headers()).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });

  it("stay within Cloudflare Pages' limits (100 rules, 2,000 characters a line), on the corpus too", () => {
    for (const dist of [DIST, CORPUS_DIST]) {
      const text = readFileSync(join(dist, '_headers'), 'utf8');
      const rules = text.split('\n').filter((line) => line.startsWith('/'));
      expect(rules.length, dist).toBeLessThanOrEqual(100);
      expect(new Set(rules).size, `${dist}: a path twice`).toBe(rules.length);
      expect(Math.max(...text.split('\n').map((line) => line.length)), dist).toBeLessThanOrEqual(2000);
    }
  });

  it('give nginx the same values, through the include files the server block names', () => {
    const http = readFileSync(join(DIST, '_nginx', 'http.conf'), 'utf8');
    const server = readFileSync(join(DIST, '_nginx', 'server.conf'), 'utf8');
    expect(http).toContain(`"${siteCsp(DIST)}"`);
    expect(server).toMatch(/^add_header Content-Security-Policy \$asn_content_security_policy always;$/m);
    const site = readFileSync('deploy/nginx/site.conf', 'utf8');
    expect(site).toMatch(/^include \/srv\/asn-prima\/dist\/_nginx\/http\.conf;$/m);
    expect(site).toMatch(/^ {4}include \/srv\/asn-prima\/dist\/_nginx\/server\.conf;$/m);
    // add_header in a location would drop every header of the server block.
    expect(site.split('location').slice(1).join('')).not.toContain('add_header');
  });
});

describe.each([
  ['the site', DIST],
  ['the fixture corpus', CORPUS_DIST],
])('precompressed copies in %s', (_name, dist) => {
  const files = () => new Set(listBuildFiles(dist));

  it('sit beside every text file worth compressing, and unpack to it', () => {
    const all = files();
    const text = sitePaths(dist, [...all]).filter((p) => /\.(html|css|js|json|xml|svg)$/.test(p) && !/pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(p));
    expect(text.length).toBeGreaterThan(20);
    text.forEach((path, index) => {
      const big = statSync(join(dist, path)).size >= MIN_COMPRESS_BYTES;
      expect(all.has(`${path}.br`), path).toBe(big);
      expect(all.has(`${path}.gz`), path).toBe(big);
      // Unpacking all 1,650 corpus pages would only repeat the check: every 50th is enough there.
      if (!big || (dist === CORPUS_DIST && index % 50 !== 0)) return;
      const original = readFileSync(join(dist, path));
      expect(brotliDecompressSync(readFileSync(join(dist, `${path}.br`))).equals(original), path).toBe(true);
      expect(gunzipSync(readFileSync(join(dist, `${path}.gz`))).equals(original), path).toBe(true);
    });
  }, SLOW);

  it("copy Pagefind's gzip files as brotli of what they hold, which Pagefind reads as already unpacked", () => {
    const all = files();
    for (const path of ['/pagefind/wasm.id.pagefind', ...[...all].filter((p) => /\.pf_(meta|index)$/.test(p))]) {
      const original = readFileSync(join(dist, path));
      if (original.length < MIN_COMPRESS_BYTES) continue;
      expect(all.has(`${path}.gz`), path).toBe(false);
      const unpacked = brotliDecompressSync(readFileSync(join(dist, `${path}.br`)));
      expect(unpacked.subarray(0, 12).toString(), path).toBe('pagefind_dcd');
      expect(unpacked.equals(gunzipSync(original)), path).toBe(true);
    }
  }, SLOW);

  it("copy only the WebAssembly of the languages Pagefind's entry names, the one its script loads", () => {
    const all = files();
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string }> };
    const loaded = new Set(Object.values(entry.languages).map((l) => l.wasm));
    const wasm = [...all].filter((p) => /^\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(p));
    expect(wasm).toContain('/pagefind/wasm.unknown.pagefind');
    for (const path of wasm) expect(all.has(`${path}.br`), path).toBe(loaded.has(path.split('.')[1]!));
    expect(loaded).toEqual(new Set(['id']));
  });
});

describe('the 404 page', () => {
  it('has no canonical URL or og:url (it answers at every missing address) and is not indexed', () => {
    const doc = readDoc(join(DIST, '404.html'));
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

/** Bytes on the wire for a file as npm start and nginx send it to a browser: the .br copy when there is one. */
const wireBytes = (dist: string, path: string) =>
  existsSync(join(dist, `${path}.br`)) ? statSync(join(dist, `${path}.br`)).size : statSync(join(dist, path)).size;

describe('first paint of an article without an island', () => {
  it.each([
    ['the site', DIST],
    ['the fixture corpus', CORPUS_DIST],
  ])('needs at most 14 KB of compressed HTML and CSS in %s', (_name, dist) => {
    const articles = listFiles(dist, '.html').filter((f) => /\/(berita|opini)\/(?!\d+\/)[^/]+\/index\.html$/.test(f));
    expect(articles.length).toBeGreaterThan(0);
    let measured = 0;
    for (const file of articles) {
      // Read as text, not parsed: the corpus has 990 articles.
      const html = readFileSync(file, 'utf8');
      if (html.includes('<astro-island')) continue;
      const path = pathOf(dist, file);
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      const bytes = wireBytes(dist, `${path}index.html`) + css.reduce((sum, href) => sum + wireBytes(dist, href), 0);
      expect(bytes, `${path}: ${bytes} B`).toBeLessThanOrEqual(14 * 1024);
      measured++;
    }
    expect(measured).toBeGreaterThan(0);
  }, SLOW);
});
