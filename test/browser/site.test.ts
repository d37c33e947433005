/** What only a browser shows: navigation by a reader, the theme toggle, and an axe sweep. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PAGE_TYPES, NO_VIOLATIONS, PAGE_TYPES, axeInBothSchemes, launch, openPage, sharedPage, siteUrl, VIEWPORTS } from './harness';
import { refuseStorage } from './pageHelpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a reader finds their way', () => {
  it('home → article → pillar → author, by clicking', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(siteUrl('/'));
    await expect(page.title()).resolves.toBe('ASN Prima');

    await page.getByRole('link', { name: /Festival ASN 2025 di Semarang/ }).first().click();
    await page.waitForURL('**/berita/festival-asn-2025-asn-charity-semarang/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Festival ASN 2025');

    await page.locator('.terms').getByRole('link', { name: 'Melayani' }).click();
    await page.waitForURL('**/pilar/melayani/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Pilar Melayani');
    await expect(page.locator('main article').count()).resolves.toBeGreaterThan(0);

    await page.locator('main article h2 a').first().click();
    await page.getByRole('link', { name: 'Redaksi ASN Prima' }).first().click();
    await page.waitForURL('**/penulis/redaksi/');
    await expect(page.locator('main article').count()).resolves.toBe(2);

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('reaches the content with the skip link from the keyboard', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('/opini/lima-pilar-asn-prima/'));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Langsung ke konten utama');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#konten');
    await page.context().close();
  });
});

describe('theme toggle', () => {
  it('switches to dark, survives a reload and another page, and goes back', async () => {
    const { page, errors } = await openPage(browser, { colorScheme: 'light' });
    await page.goto(siteUrl('/'));
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();

    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);

    await page.goto(siteUrl('/berita/'));
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await expect(background()).resolves.toBe(dark);
    await page.reload();
    await expect(page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).resolves.toBe('true');

    await page.locator('[data-theme-toggle]').click();
    await expect(background()).resolves.toBe(light);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows the system when nothing was chosen, and ignores a garbled stored value', async () => {
    const { page } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(siteUrl('/'));
    await page.evaluate(() => localStorage.setItem('asn-prima:tema', '<img src=x onerror=alert(1)>'));
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'] ?? 'none')).resolves.toBe('none');
    await expect(page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.context().close();
  });
});

describe('page scripts', () => {
  it('switch the theme with storage refused, for the page, without an error', async () => {
    const { page, errors } = await openPage(browser, { colorScheme: 'light' });
    await refuseStorage(page);
    await page.goto(siteUrl('/'));
    const toggle = page.locator('[data-theme-toggle]');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("copy an article's address and say so", async () => {
    const { page, errors } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(siteUrl('/opini/lima-pilar-asn-prima/'));
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Tautan disalin.' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe('/opini/lima-pilar-asn-prima/');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(Object.entries(VIEWPORTS))('axe at %s width', (_name, viewport) => {
  const shared = sharedPage(() => browser, { viewport });
  it.each(PAGE_TYPES)('%s (%s) has no WCAG 2.2 AA violation in light and dark', async (_type, path) => {
    const { page, errors } = shared();
    expect(await axeInBothSchemes(page, siteUrl(path)), path).toEqual(NO_VIOLATIONS);
    // CSP violations show up as console errors.
    expect(errors.filter((e) => !e.includes('404')), path).toEqual([]);
  });
});

describe('responsive from 320 px', () => {
  const shared = sharedPage(() => browser, { viewport: { width: 320, height: 640 } });
  it.each(ALL_PAGE_TYPES)('%s (%s) never scrolls sideways', async (_type, path) => {
    const { page } = shared();
    await page.goto(siteUrl(path));
    // A reading page is laid out once loaded (its small scripts run before the load event). The
    // interactive pages, and a reading page with an island in it, are measured once they have
    // fetched and drawn what they show (half a second of quiet network each).
    const reading = PAGE_TYPES.some(([, p]) => p === path);
    if (!reading || (await page.locator('astro-island').count())) await page.waitForLoadState('networkidle');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  });
});
