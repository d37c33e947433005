/**
 * The editors' MDX components on a real built page (the corpus has one article using all of them):
 * each renders, nothing loads from another origin (the video waits for a click), and axe is clean.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_VIOLATIONS, axeInBothSchemes, corpusUrl, launch, openPage, VIEWPORTS } from './harness';

const PAGE = '/berita/artikel-uji-komponen/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('editors\' components on a page', () => {
  it('render as documented, and the video loads nothing until clicked', async () => {
    const { page, errors, foreignRequests } = await openPage(browser);
    await page.goto(corpusUrl(PAGE));
    await page.waitForLoadState('networkidle');
    const main = page.locator('main');
    await expect(main.getByText('Catatan uji').count()).resolves.toBe(1);
    await expect(main.getByText('Isi peringatan untuk pengujian.').count()).resolves.toBe(1);
    await expect(main.locator('blockquote').textContent()).resolves.toContain('Kalimat uji yang ditonjolkan.');
    await expect(main.locator('figure img[alt="Ilustrasi lima pilar"]').count()).resolves.toBe(1);
    // The figure went through the image pipeline: modern formats at several widths.
    await expect(main.locator('figure source[type="image/avif"]').count()).resolves.toBeGreaterThan(0);
    await expect(main.getByRole('link', { name: /asesmen/i }).first().getAttribute('href')).resolves.toBe('/asesmen-prima/');
    await expect(main.getByText('data ilustrasi', { exact: false }).count()).resolves.toBeGreaterThan(0);
    const video = main.getByRole('link', { name: /Putar video: Video uji/ });
    await expect(video.getAttribute('href')).resolves.toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/AbCdEfGhIjK/);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(Object.entries(VIEWPORTS))('has no WCAG 2.2 AA violation at %s width, in light and dark', async (_name, viewport) => {
    const { page } = await openPage(browser, { viewport });
    expect(await axeInBothSchemes(page, corpusUrl(PAGE), (p) => p.waitForLoadState('networkidle'))).toEqual(NO_VIOLATIONS);
    await page.context().close();
  });
});
