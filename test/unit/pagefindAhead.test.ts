import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childProcesses } from '../../deploy/priority.mjs';
import { isRunning, threadNiceness, unlessGone } from './procStat';
import { SEARCHED_PAGES, indexSite, isSearchedPage, searchedPart, startIndexAhead } from '../../src/integrations/pagefind.ts';

// src/integrations/pagefind.ts: the index fed page by page while Astro renders, against the one read back from disk.
const tmp = mkdtempSync(join(tmpdir(), 'asn-pagefind-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (title: string) =>
  `<!doctype html><html lang="id"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1>` +
  `<p>${title}: pelayanan publik yang responsif dan akuntabel.</p></main></body></html>`;
/** An article page as the layouts write it: a head and an ignored site header before the body, filters and meta inside it, related reading after. */
const ARTICLE =
  '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Relawan banjir | ASN Prima</title>' +
  '<meta property="og:image" content="/og.png"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
  '<body><header class="site-header" data-pagefind-ignore><a href="/">ASN Prima</a><nav><a href="/berita/">Berita</a></nav></header>' +
  '<main><article><nav class="crumbs" data-pagefind-ignore><a href="/">Beranda</a></nav>' +
  '<div data-pagefind-body data-pagefind-filter="jenis:Berita" data-pagefind-meta="date:2025-12-01">' +
  '<span hidden data-pagefind-filter="tahun:2025"></span><span hidden data-pagefind-meta="image:/_astro/x.webp"></span>' +
  '<h1 data-pagefind-meta="title" data-pagefind-weight="10">Relawan banjir</h1><p>ASN melayani warga terdampak banjir di Aceh.</p></div>' +
  '<footer><a href="/tag/psr/">PSR</a></footer></article><aside data-pagefind-ignore><h2>Baca juga</h2></aside></main>' +
  '<footer class="site-footer">ASN Prima</footer></body></html>';
/** A section's numbered listing: its path matches the searched pages, but nothing in it is marked for the index. */
const LISTING = '<!doctype html><html lang="id"><head><title>Berita, halaman 2</title></head><body><main><h1>Berita</h1><p>Daftar.</p></main></body></html>';
const PAGES: Record<string, string> = {
  '/index.html': page('Beranda'),
  '/berita/layanan-daerah/index.html': page('Layanan daerah'),
  '/berita/relawan-banjir/index.html': ARTICLE,
  '/opini/asn-melayani/index.html': page('ASN melayani'),
  '/tentang/index.html': page('Tentang'),
  '/tag/psr/index.html': page('Tag PSR'),
  '/berita/2/index.html': LISTING,
  // An editor's description naming the marker: in the head it is an attribute's text, not an element.
  '/opini/penanda/index.html': ARTICLE.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="description" content="Tentang data-pagefind-body di halaman">').replaceAll('Relawan banjir', 'Penanda'),
};
const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('isSearchedPage', () => {
  it('holds articles, campaigns, pillars and standalone pages, not the home page or tag listings', () => {
    expect(isSearchedPage('/berita/layanan-daerah/index.html')).toBe(true);
    expect(isSearchedPage('/opini/asn-melayani/index.html')).toBe(true);
    expect(isSearchedPage('/pilar/responsif/index.html')).toBe(true);
    expect(isSearchedPage('/donasi/asn-charity-2025/index.html')).toBe(true);
    expect(isSearchedPage('/tentang/index.html')).toBe(true);
    expect(isSearchedPage('/index.html')).toBe(false);
    expect(isSearchedPage('/tag/psr/index.html')).toBe(false);
    expect(isSearchedPage('/topik/banjir/2/index.html')).toBe(false);
    expect(isSearchedPage('/rss.xml')).toBe(false);
  });

  it('answers as the glob Pagefind is given for a folder (SEARCHED_PAGES) does', () => {
    const segments = ['berita', 'opini', 'pilar', 'donasi', 'tag', 'topik', 'penulis', 'tentang', '.tersembunyi', 'a.b', 'beritaku', '2', 'x'];
    const paths = ['/index.html', '/rss.xml', '/berita/index.htm', '/berita/x/index.html.br'];
    for (const a of segments) {
      paths.push(`/${a}/index.html`, `/${a}/x.html`);
      for (const b of segments) paths.push(`/${a}/${b}/index.html`, `/${a}/${b}/2/index.html`);
    }
    for (const path of paths) expect(isSearchedPage(path), path).toBe(matchesGlob(path.slice(1), SEARCHED_PAGES));
  });
});

describe('searchedPart', () => {
  it("keeps the <html> tag, the title and everything from the first body element on, and drops the head and site header", () => {
    const part = searchedPart(ARTICLE)!;
    expect(part.startsWith('<html lang="id"><head><title>Relawan banjir | ASN Prima</title></head><body><div data-pagefind-body')).toBe(true);
    expect(ARTICLE.endsWith(part.slice(part.indexOf('<div data-pagefind-body')))).toBe(true);
    expect(part).not.toContain('ld+json');
    expect(part).not.toContain('site-header');
  });

  it('sends a page whole when Pagefind could read something before its body: an attribute, a first heading or image', () => {
    const before = (extra: string) => ARTICLE.replace('<body>', `<body>${extra}`);
    for (const extra of ['<p data-pagefind-filter="jenis:Opini"></p>', '<meta data-pagefind-meta="image[content]" content="/a.png">', '<h1>Judul</h1>', '<img src="/logo.png" alt="">']) {
      expect(searchedPart(before(extra)), extra).toBe(before(extra));
    }
    expect(searchedPart(before('<nav data-pagefind-ignore><a href="/">Beranda</a></nav>'))).not.toBe(before('<nav data-pagefind-ignore><a href="/">Beranda</a></nav>'));
  });

  it('keeps all that follows a false start: text naming the marker in an attribute before the body', () => {
    const page = PAGES['/opini/penanda/index.html']!;
    const part = searchedPart(page)!;
    expect(page.endsWith(part.slice(part.indexOf('<body>') + '<body>'.length))).toBe(true);
    expect(part).toContain('<div data-pagefind-body');
  });

  it('gives nothing for a page without a body element, which Pagefind skips', () => {
    expect(searchedPart(LISTING)).toBeUndefined();
    // The words alone, in text or another attribute, do not make an element one.
    expect(searchedPart(LISTING.replace('<p>Daftar.</p>', '<p title="data-pagefind-body">data-pagefind-body</p>'))).toBeUndefined();
  });
});

describe('startIndexAhead', () => {
  it('indexes the pages it is given as the index read back from disk does, and runs Pagefind at the lowest priority', async () => {
    const site = join(tmp, 'situs');
    for (const [path, html] of Object.entries(PAGES)) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), html);
    }
    const read = await indexSite(site);

    const ahead = join(tmp, 'ahead');
    const index = await startIndexAhead();
    const nice = pagefindNiceness();
    for (const [path, html] of Object.entries(PAGES)) index.add(path, new TextEncoder().encode(html));
    const added = await index.write(ahead);

    // Read from disk, Pagefind counts the listing it found (6 pages) but skips it, having no body element; ahead, it is never sent.
    expect(read).toBe(6);
    expect(added).toBe(5);
    // Fragments are named by their content (the page's URL, text and meta): the same pages, the same names.
    expect(files(join(ahead, 'pagefind', 'fragment'))).toEqual(files(join(site, 'pagefind', 'fragment')));
    const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry(ahead).languages.id.page_count).toBe(5);
    expect(entry(site).languages.id.page_count).toBe(5);
    expect(nice).toEqual(expect.arrayContaining([19]));
    expect(nice.every((n) => n === 19)).toBe(true);
  });

  it('writes the same files for the same pages in the same order, build after build', async () => {
    const write = async (name: string) => {
      const index = await startIndexAhead();
      for (const [path, html] of Object.entries(PAGES)) index.add(path, new TextEncoder().encode(html));
      await index.write(join(tmp, name));
      return files(join(tmp, name, 'pagefind'));
    };
    expect(await write('sekali')).toEqual(await write('lagi'));
  });

  it('stops Pagefind and writes nothing when the rendering failed', async () => {
    const index = await startIndexAhead();
    index.add('/berita/layanan-daerah/index.html', new TextEncoder().encode(PAGES['/berita/layanan-daerah/index.html']!));
    expect(pagefindChildren()).not.toEqual([]);
    await index.discard();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pagefindChildren()).toEqual([]);
  });

  it('fails the build with one message, not one per page, when Pagefind stops half-way', async () => {
    const index = await startIndexAhead();
    index.add('/berita/layanan-daerah/index.html', new TextEncoder().encode(PAGES['/berita/layanan-daerah/index.html']!));
    for (const pid of pagefindChildren()) process.kill(Number(pid), 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const [path, html] of Object.entries(PAGES)) index.add(path, new TextEncoder().encode(html));
    const failure = await index.write(join(tmp, 'gagal')).then(
      () => undefined,
      (error: unknown) => String(error),
    );
    expect(failure).toMatch(/\/index\.html: Error: .*(Pagefind backend closed|backend is closed)/);
    expect(failure!.split('\n').length).toBeLessThanOrEqual(2);
  });
});

/** The nice value of every thread of this process's Pagefind child (Linux's /proc). */
function pagefindNiceness(): number[] {
  return pagefindChildren().flatMap(threadNiceness);
}

/**
 * This process's running Pagefind children, by process id. One that has exited but is not yet
 * reaped (a zombie, state Z) does not count: Pagefind's process, started from the worker thread
 * that feeds it, exits when stopped, and is reaped only when Astro's process ends moments later.
 */
function pagefindChildren(): string[] {
  // A child reaped between the listing and the reads is skipped (unlessGone).
  return childProcesses(process.pid).filter((pid) =>
    unlessGone(() => readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind') && isRunning(pid), false),
  );
}
