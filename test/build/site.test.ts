/**
 * The built site, read from dist/ (real content) and test/.output/dist-corpus (1,000 generated
 * articles): pages exist, listings paginate, feeds and structured data are right, nothing loads
 * from another origin, and every internal link resolves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as yaml from 'js-yaml';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '~/consts';
import { isScheduled } from '~/lib/schedule';
import { THEME_SCRIPT } from '~/lib/theme';
import { CORPUS_CONTENT, CORPUS_DIST, DIST, jsonLd, listFiles, pathOf, readDoc, readPage, resolves, staticModuleGraph } from './dist';

/**
 * Bytes (unzipped, imports included) of the campaign timing module a page without an island may load:
 * the timing in words, the list order, and turning the page over at midnight in Jakarta.
 */
const CAMPAIGN_TIMING_BUDGET = 3_500;
/** Custom elements a page without an island may script: small enhancements, never its content. */
const PAGE_ELEMENTS = ['theme-toggle', 'search-shortcut', 'copy-link', 'campaign-timing', 'campaign-list'];
/** Bytes of every script such a page runs (modules followed through their imports), timing aside. */
const PAGE_SCRIPT_BUDGET = 4_500;

interface SourceArticle {
  url: string;
  title: string;
  pubDate: Date;
  /** Neither a draft nor scheduled after the day of the build. */
  published: boolean;
}

function sourceArticles(contentDir: string): SourceArticle[] {
  return listFiles(join(contentDir, 'artikel'), '.mdx').map((file) => {
    const fm = yaml.load(readFileSync(file, 'utf8').split('---')[1] ?? '') as Record<string, unknown>;
    const kind = basename(join(file, '..'));
    const draft = fm['draft'] === true;
    const pubDate = new Date(String(fm['pubDate'] instanceof Date ? (fm['pubDate'] as Date).toISOString() : fm['pubDate']));
    return {
      url: `/${kind}/${basename(file, '.mdx')}/`,
      title: String(fm['title']),
      pubDate,
      published: !draft && !isScheduled(pubDate, new Date()),
    };
  });
}

const SITE = 'https://asnprima.id';

describe.each([
  ['real content', DIST, 'content'],
  ['fixture corpus', CORPUS_DIST, CORPUS_CONTENT],
])('%s', (_name, dist, content) => {
  let articles: SourceArticle[];
  beforeAll(() => {
    expect(existsSync(join(dist, 'index.html')), `${dist} belum dibangun`).toBe(true);
    articles = sourceArticles(content);
  });

  it('publishes a page for every article and none for drafts or scheduled pieces', () => {
    for (const a of articles) {
      expect(resolves(dist, a.url), a.url).toBe(a.published);
    }
  });

  it('lists published articles in RSS, newest first, with full metadata', () => {
    const document = new DOMParser().parseFromString(readFileSync(join(dist, 'rss.xml'), 'utf8'), 'text/xml');
    const items = [...document.querySelectorAll('item')];
    const published = articles.filter((a) => a.published);
    expect(items).toHaveLength(published.length);
    const dates = items.map((i) => new Date(i.querySelector('pubDate')!.textContent!).getTime());
    expect(dates).toEqual([...dates].sort((x, y) => y - x));
    for (const item of items) {
      expect(item.querySelector('title')?.textContent).toBeTruthy();
      expect(item.querySelector('description')?.textContent).toBeTruthy();
      expect(item.querySelector('author')?.textContent).toBeTruthy();
      expect(item.querySelectorAll('category').length).toBeGreaterThan(0);
    }
    const links = items.map((i) => i.querySelector('link')?.textContent ?? '');
    expect(new Set(links)).toEqual(new Set(published.map((a) => `${SITE}${a.url}`)));
  });

  it('lists every page in the sitemap, and nothing else', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const inSitemap = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(SITE, '')));
    const pages = listFiles(dist, '.html')
      .map((f) => pathOf(dist, f))
      .filter((p) => p !== '/404');
    expect(new Set(pages)).toEqual(inSitemap);
  });

  it('paginates the listings', () => {
    const published = articles.filter((a) => a.published);
    for (const kind of ['berita', 'opini']) {
      const count = published.filter((a) => a.url.startsWith(`/${kind}/`)).length;
      const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
      const first = readPage(dist, `/${kind}/`);
      expect(first.querySelectorAll('main article').length).toBe(Math.min(count, PAGE_SIZE));
      expect(resolves(dist, `/${kind}/${pages}/`)).toBe(pages > 1);
      expect(resolves(dist, `/${kind}/${pages + 1}/`)).toBe(false);
      if (pages > 1) {
        const last = readPage(dist, `/${kind}/${pages}/`);
        expect(last.querySelectorAll('main article').length).toBe(count - (pages - 1) * PAGE_SIZE);
        expect(last.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(pages === 2 ? `/${kind}/` : `/${kind}/${pages - 1}/`);
        expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/${kind}/2/`);
      }
    }
  });
});

describe('article pages (real content)', () => {
  const pages = () => sourceArticles('content').filter((a) => a.published);

  it('carry the metadata a shared link needs, and structured data', () => {
    for (const a of pages()) {
      const doc = readPage(DIST, a.url);
      expect(doc.documentElement.getAttribute('lang')).toBe('id');
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${a.url}`);
      const og = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
      expect(og('og:title')).toBe(a.title);
      expect(og('og:type')).toBe('article');
      expect(og('og:image')).toMatch(new RegExp(`^${SITE}/.+\\.(jpe?g|png)$`));
      expect(resolves(DIST, og('og:image')!.replace(SITE, ''))).toBe(true);
      expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');

      const ld = jsonLd(doc);
      const article = ld.find((d) => String(d['@type']).endsWith('NewsArticle'))!;
      expect(article['@type']).toBe(a.url.startsWith('/opini/') ? 'OpinionNewsArticle' : 'NewsArticle');
      for (const field of ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'mainEntityOfPage'])
        expect(article[field], field).toBeTruthy();
      expect(article['headline']).toBe(a.title);
      const crumbs = ld.find((d) => d['@type'] === 'BreadcrumbList') as { itemListElement: { item: string }[] };
      expect(crumbs.itemListElement.at(-1)?.item).toBe(`${SITE}${a.url}`);
    }
  });

  it('marks every opini as the author\'s personal view, and credits the source', () => {
    for (const a of pages()) {
      const doc = readPage(DIST, a.url);
      const text = doc.querySelector('main')!.textContent!;
      expect(text.includes('pendapat pribadi penulis')).toBe(a.url.startsWith('/opini/'));
      expect(text).toMatch(/Sumber:/);
    }
  });

  it('shows dates in Indonesian and a reading time', () => {
    const doc = readPage(DIST, '/berita/festival-asn-2025-asn-charity-semarang/');
    const byline = doc.querySelector('.byline')!.textContent!;
    expect(byline).toContain('23 November 2026');
    expect(byline).toMatch(/\d+ menit baca/);
    expect(doc.querySelector('.dateline')?.textContent).toContain('SEMARANG');
  });
});

describe('every page of the real site', () => {
  const files = () => listFiles(DIST, '.html');

  it('declares Indonesian and has one h1, a main landmark and a skip link', () => {
    for (const file of files()) {
      const doc = readDoc(file);
      expect(doc.documentElement.getAttribute('lang'), file).toBe('id');
      expect(doc.querySelectorAll('h1').length, file).toBe(1);
      expect(doc.querySelector('main#konten'), file).not.toBeNull();
      expect(doc.querySelector('a.skip-link[href="#konten"]'), file).not.toBeNull();
    }
  });

  it('loads nothing from another origin', () => {
    const foreign: string[] = [];
    const check = (file: string, url: string | null | undefined) => {
      if (!url) return;
      for (const part of url.split(',')) {
        const u = part.trim().split(/\s+/)[0] ?? '';
        if (/^(https?:)?\/\//.test(u) && !u.startsWith(SITE)) foreign.push(`${file}: ${u}`);
      }
    };
    for (const file of files()) {
      const doc = readDoc(file);
      for (const el of doc.querySelectorAll('script[src], img, source, iframe, video, audio, embed'))
        for (const attr of ['src', 'srcset']) check(file, el.getAttribute(attr));
      for (const el of doc.querySelectorAll('link[href]'))
        if (!['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')) check(file, el.getAttribute('href'));
      for (const el of doc.querySelectorAll('style')) for (const m of (el.textContent ?? '').matchAll(/url\(([^)]+)\)/g)) check(file, m[1]?.replace(/['"]/g, ''));
    }
    for (const css of listFiles(DIST, '.css'))
      for (const m of readFileSync(css, 'utf8').matchAll(/(?:url\(|@import\s+)["']?([^"')\s]+)/g)) check(css, m[1]);
    expect(foreign).toEqual([]);
  });

  it('resolves every internal link and image', () => {
    const broken: string[] = [];
    for (const file of files()) {
      const doc = readDoc(file);
      const base = `http://x${pathOf(DIST, file)}`;
      const urls = [
        ...[...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
        ...[...doc.querySelectorAll('img[src]')].map((i) => i.getAttribute('src')!),
        ...[...doc.querySelectorAll('source[srcset], img[srcset]')].flatMap((s) =>
          s.getAttribute('srcset')!.split(',').map((p) => p.trim().split(/\s+/)[0]!),
        ),
      ];
      for (const raw of urls) {
        if (raw.startsWith('#')) {
          // A same-page anchor must name an element on the page.
          if (raw.length > 1 && !doc.getElementById(decodeURIComponent(raw.slice(1)))) broken.push(`${pathOf(DIST, file)} → ${raw}`);
          continue;
        }
        const url = new URL(raw.replace(SITE, ''), base);
        if (url.origin !== 'http://x') continue;
        if (!resolves(DIST, url.pathname)) broken.push(`${pathOf(DIST, file)} → ${raw}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('ships no JavaScript to pages without an island beyond its small custom elements, within a budget', () => {
    const islandPages = new Set<string>();
    const defined = (code: string) => [...code.matchAll(/customElements\.define\(`([a-z-]+)`/g)].map((m) => m[1]!);
    for (const file of files()) {
      const doc = readDoc(file);
      // The search page runs search with a plain script rather than an island (tested in search.test.ts).
      if (doc.querySelector('astro-island') || pathOf(DIST, file) === '/cari/') {
        islandPages.add(file);
        continue;
      }
      const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      const inline = scripts.filter((s) => !s.hasAttribute('src')).map((s) => s.textContent ?? '');
      const external = scripts.filter((s) => s.hasAttribute('src')).map((s) => s.getAttribute('src')!);
      // Inline: the theme, applied before first paint, and modules small enough for Astro to inline.
      // Every other script defines the page's own elements, and loads only where one of them is.
      const modules = [...inline.filter((code) => code !== THEME_SCRIPT), ...external.map((src) => readFileSync(join(DIST, src), 'utf8'))];
      for (const names of modules.map(defined)) {
        expect(names.filter((name) => !PAGE_ELEMENTS.includes(name)), file).toEqual([]);
        expect(names.some((name) => doc.querySelector(name)), `${file}: ${names.join(', ') || 'a script that defines no element'}`).toBe(true);
      }
      const size = (srcs: string[]) => [...new Set(srcs.flatMap((src) => staticModuleGraph(src)))].reduce((sum, url) => sum + readFileSync(join(DIST, url)).length, 0);
      // The campaign timing keeps "n hari lagi" true between builds, only where campaign figures are,
      // within an allowance of its own (CampaignTiming.astro).
      const isTiming = (src: string) => defined(readFileSync(join(DIST, src), 'utf8')).includes('campaign-timing');
      expect(size(external.filter(isTiming)), file).toBeLessThan(CAMPAIGN_TIMING_BUDGET);
      const rest = external.filter((src) => !isTiming(src));
      expect(size(rest) + Buffer.byteLength(inline.join('')), file).toBeLessThan(PAGE_SCRIPT_BUDGET);
    }
    expect(islandPages.size).toBeLessThan(files().length);
  });
});

describe('robots.txt and 404', () => {
  it('points crawlers at the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('helps a lost reader on, and is not indexed', () => {
    const doc = readDoc(join(DIST, '404.html'));
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('form[action="/cari/"]')).not.toBeNull();
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
  });
});
