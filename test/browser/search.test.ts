import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VIEWPORTS, axeViolations, corpusUrl, launch, openPage, sharedPage, siteUrl } from './harness';
import { refuseStorage } from './pageHelpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FESTIVAL = '/berita/festival-asn-2025-asn-charity-semarang/';
const LIMA_PILAR = '/opini/lima-pilar-asn-prima/';

/** Waits until the island has finished the search in the URL (or decided there is none). */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('.search-page[data-status="ready"], .search-page[data-status="idle"]');
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(siteUrl(`/cari/${query}`));
  await settled(page);
  return resultUrls(page);
}

/** The result links, once every card on the list has been brought near the screen (cards load their excerpt there). */
async function resultUrls(page: Page): Promise<string[]> {
  // Found and scrolled in one step in the page: a card may finish loading between two steps from here.
  const stillLoading = () =>
    page.evaluate(() => {
      document.querySelector('.results > li[data-pending]')?.scrollIntoView({ block: 'center' });
      return document.querySelectorAll('.results > li[data-pending]').length;
    });
  await expect.poll(stillLoading, { timeout: 20_000 }).toBe(0);
  return page.$$eval('.results .title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const statusText = (page: Page) => page.locator('.search-page [role="status"]').innerText();

describe('search on the real site', () => {
  // The tests up to the "/" shortcut only read what the URL asks for: they share one page (harness.ts).
  // First-search cost and behaviour, which need a cold cache, have tests of their own below.
  const shared = sharedPage(() => browser);
  it('finds an article by a word in it, with a highlighted excerpt, kind, date and image', async () => {
    const { page, errors } = shared();
    expect(await search(page, '?q=Semarang')).toContain(FESTIVAL);
    const card = page.locator('.result', { has: page.locator(`a[href="${FESTIVAL}"]`) });
    await expect.poll(() => card.locator('mark').count()).toBeGreaterThan(0);
    expect(await card.locator('.kind').textContent()).toBe('Berita');
    expect(await card.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await card.locator('img').getAttribute('alt')).toMatch(/\S/);
    expect(await statusText(page)).toMatch(/^\d+ hasil untuk “Semarang”/);
    expect(errors).toEqual([]);
  });

  it('finds an article through another form of the word (Indonesian stemming)', async () => {
    // The festival report says "melayani" and "layanan" but never "pelayanan".
    const source = readFileSync('content/artikel/berita/festival-asn-2025-asn-charity-semarang.mdx', 'utf8');
    expect(source).not.toMatch(/pelayanan/i);
    expect(source).toMatch(/melayani/i);
    const { page } = shared();
    expect(await search(page, '?q=pelayanan')).toContain(FESTIVAL);
  });

  it('narrows the results with each filter, and the URL restores the search after reload and back', async () => {
    const { page } = shared();
    const all = await search(page, '?q=layanan');
    expect(all.length).toBeGreaterThan(2);

    // Through the interface: the filter lands in the URL.
    await page.selectOption('#search-jenis', 'berita');
    await expect.poll(() => page.url()).toContain('jenis=berita');
    await settled(page);
    const berita = await resultUrls(page);
    expect(berita).toEqual([FESTIVAL]);
    expect(await page.locator('.results .kind').allTextContents()).toEqual(['Berita']);

    await page.reload();
    await settled(page);
    expect(await resultUrls(page)).toEqual(berita);
    expect(await page.inputValue('#search-query')).toBe('layanan');
    expect(await page.inputValue('#search-jenis')).toBe('berita');

    await page.goBack();
    await settled(page);
    await expect.poll(() => resultUrls(page)).toEqual(all);

    const year = (await page.locator(`.result:has(a[href="${FESTIVAL}"]) time`).getAttribute('datetime'))!.slice(0, 4);
    for (const filter of ['pilar=profesional', 'topik=psr', `tahun=${year}`]) {
      const narrowed = await search(page, `?q=layanan&${filter}`);
      expect(narrowed.length, filter).toBeGreaterThan(0);
      expect(narrowed.length, filter).toBeLessThan(all.length);
      expect(all, filter).toEqual(expect.arrayContaining(narrowed));
    }
    expect(await search(page, '?q=layanan&topik=psr')).toEqual([FESTIVAL]);
    expect(await search(page, '?q=layanan&pilar=profesional')).toContain(LIMA_PILAR);
  });

  it('sorts newest first on request', async () => {
    const { page } = shared();
    await search(page, '?q=layanan&urut=terbaru');
    const dates = await page.$$eval('.results time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(await page.inputValue('#search-urut')).toBe('terbaru');
  });

  it('shows hostile queries as text and never runs them', async () => {
    const { page, errors } = shared();
    const hostile = `<img src=x onerror="window.__pwned=1">"'🙂`;
    await search(page, `?q=${encodeURIComponent(hostile)}`);
    expect(await statusText(page)).toContain(hostile);
    expect(await page.locator('.search-page img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await search(page, `?q=${'a'.repeat(2000)}`);
    expect((await page.inputValue('#search-query')).length).toBe(100);

    await search(page, '?q=%20%20%20');
    expect(await page.locator('.search-page').getAttribute('data-status')).toBe('idle');
    expect(await page.inputValue('#search-query')).toBe('');
    expect(errors).toEqual([]);
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const { page } = shared();
    await search(page, '?q=zzzqqqxxx&jenis=opini');
    expect(await statusText(page)).toMatch(/Tidak ada tulisan yang cocok/);
    await page.getByRole('button', { name: 'Hapus semua saringan' }).click();
    await expect.poll(() => page.url()).not.toContain('jenis=');
  });

  it('"/" focuses the search field from any page, and no page but /cari/ loads search code', async () => {
    const { page } = await openPage(browser);
    const fetched: string[] = [];
    page.context().on('request', (r) => fetched.push(r.url()));
    await page.goto(siteUrl(LIMA_PILAR));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('layanan');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cari\/\?q=layanan$/);
    const beforeSearch = fetched.slice(0, fetched.findIndex((u) => u.includes('/cari/')));
    expect(beforeSearch.filter((u) => /pagefind|SearchPage/.test(u))).toEqual([]);
    await settled(page);
    expect((await resultUrls(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lets the reader turn the "/" shortcut off on /cari/, for every page, and on again', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/cari/'));
    const toggle = page.getByRole('checkbox', { name: /membawa saya ke kolom pencarian/ });
    await expect(toggle.isChecked()).resolves.toBe(true);
    await toggle.uncheck();
    await page.goto(siteUrl(LIMA_PILAR));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('site-search');
    await page.goto(siteUrl('/cari/'));
    await toggle.check();
    await page.goto(siteUrl(LIMA_PILAR));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.context().close();
  });

  it('turns the shortcut off for the page even when the browser refuses storage', async () => {
    const { page, errors } = await openPage(browser);
    await refuseStorage(page);
    await page.goto(siteUrl('/cari/'));
    const slashFocuses = async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('/');
      return page.evaluate(() => document.activeElement?.id === 'search-query');
    };
    await expect(slashFocuses()).resolves.toBe(true);
    await page.getByRole('checkbox', { name: /membawa saya ke kolom pencarian/ }).uncheck();
    await expect(slashFocuses()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  describe.each(Object.entries(VIEWPORTS))('axe at %s width', (_name, viewport) => {
    const shared = sharedPage(() => browser, { viewport });
    it.each([
      ['without a query', ''],
      ['with results', '?q=layanan'],
      ['without results', '?q=zzzqqqxxx'],
    ])('finds no WCAG 2.2 AA violation on /cari/ %s', async (_label, query) => {
      const { page } = shared();
      await search(page, query);
      expect(JSON.stringify(await axeViolations(page), null, 1)).toBe('[]');
    });
  });
});

describe('search on the 1,000-article corpus', () => {
  it('can be used by keyboard alone: filters, then more results, with focus moved to the first new one', async (context) => {
    if (!inject('corpusUrl')) context.skip('the corpus is not built: npm run build:corpus');
    const { page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(corpusUrl('/cari/?q=melayani'));
    await settled(page);
    await page.focus('#search-jenis');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toContain('jenis=berita');
    await settled(page);
    expect(await resultUrls(page)).toHaveLength(10);
    await page.focus('[data-more]');
    const outline = await page.$eval('[data-more]', (b) => getComputedStyle(b).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultUrls(page)).toHaveLength(20);
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname);
    expect(focused).toBe((await resultUrls(page))[10]);
    await page.context().close();
  });

  it('transfers at most 120 KB for the first search through npm start (br, gzip), code, interface and index included', async (context) => {
    if (!inject('corpusUrl')) context.skip('the corpus is not built: npm run build:corpus');
    const { page, errors } = await openPage(browser, { viewport: VIEWPORTS.desktop, extraHTTPHeaders: { 'Accept-Encoding': 'br, gzip' } });
    const sizes: Promise<[string, number]>[] = [];
    page.context().on('requestfinished', (r) =>
      sizes.push(r.sizes().then((s) => [r.url(), s.responseBodySize + s.responseHeadersSize])),
    );
    await page.goto(corpusUrl('/cari/?q=melayani'));
    await settled(page);
    await page.waitForLoadState('networkidle');
    // The first screen shows two results; cards further down fetch their excerpt when scrolled near.
    expect(await page.locator('.results > li').count()).toBe(10);
    expect(await page.locator('.results .title a').count()).toBeLessThan(10);
    const fetched = await Promise.all(sizes);
    const total = fetched.reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(fetched.some(([url]) => url.includes('.pf_index'))).toBe(true);
    expect(total, fetched.map(([u, b]) => `${b}\t${new URL(u).pathname}`).join('\n')).toBeLessThanOrEqual(120 * 1024);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.for(Object.entries(VIEWPORTS))('keeps still while results arrive, at %s width (layout shift under 0.05)', async ([, viewport], context) => {
    if (!inject('corpusUrl')) context.skip('the corpus is not built: npm run build:corpus');
    const { page } = await openPage(browser, { viewport });
    // Layout Instability API, as Chromium reports it: the sum of every shift not caused by input.
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(corpusUrl('/cari/?q=melayani'));
    await settled(page);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.05);
    await page.context().close();
  });
});
