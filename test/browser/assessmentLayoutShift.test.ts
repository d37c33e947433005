/**
 * No layout shift while the assessment pages' islands hydrate and draw (issue: CLS < 0.02), for a
 * first visit and for a returning reader whose saved answers, history or team list fill the island
 * in. Measured as Lighthouse does for a page that is only loaded: every `layout-shift` entry without
 * recent input, summed, from the first paint until the island is ready and its chart drawn.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_STORAGE_KEY } from '~/lib/assessment/savedAnswers';
import { HISTORY_STORAGE_KEY } from '~/lib/assessment/history';
import { encodeShareCode } from '~/lib/assessment/shareCode';
import { TEAM_STORAGE_KEY } from '~/lib/assessment/teamList';
import { launch, openPage, siteUrl, VIEWPORTS } from './harness';
import { layoutShift, recordLayoutShift } from './pageHelpers';

const MAX_SHIFT = 0.02;
const scores = { profesional: 80, responsif: 60, inovatif: 40, melayani: 90, akuntabel: 70 };
const HISTORY = [
  { takenAt: '2025-01-10T02:00:00.000Z', scores },
  { takenAt: '2025-04-12T02:00:00.000Z', scores: { ...scores, inovatif: 55 } },
];

/** What a returning reader has stored, per page, and what shows the island is done. */
const PAGES: [name: string, path: string, stored: Record<string, string>, ready: string][] = [
  [
    'asesmen',
    '/asesmen-prima/',
    { [ANSWERS_STORAGE_KEY]: JSON.stringify({ version: 1, answers: { 'pro-etika': 4, 'pro-kompetensi': 3 } }), [HISTORY_STORAGE_KEY]: JSON.stringify({ version: 1, results: HISTORY }) },
    '[data-ready]',
  ],
  ['riwayat', '/asesmen-prima/riwayat/', { [HISTORY_STORAGE_KEY]: JSON.stringify({ version: 1, results: HISTORY }) }, '[data-ready]'],
  [
    'tim',
    '/asesmen-prima/tim/',
    { [TEAM_STORAGE_KEY]: JSON.stringify({ version: 1, text: [scores, { ...scores, akuntabel: 20 }, { ...scores, profesional: 35 }].map(encodeShareCode).join('\n') }) },
    '[data-ready]',
  ],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Loaded, hydrated, any chart drawn, and a moment for a late reflow to show up. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.locator(ready).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.width > 0));
  await page.waitForTimeout(400);
}

describe.each(PAGES)('%s (%s)', (_name, path, stored, ready) => {
  it.each(Object.entries(VIEWPORTS))(`shifts less than ${MAX_SHIFT} at %s width, first visit and returning`, async (_vp, viewport) => {
    const { page, errors } = await openPage(browser, { viewport });
    await recordLayoutShift(page.context());
    await page.goto(siteUrl(path));
    await settle(page, ready);
    const first = await layoutShift(page);
    expect(first.total, `first visit: ${first.shifts.join('; ')}`).toBeLessThan(MAX_SHIFT);

    await page.evaluate((items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, stored);
    await page.reload();
    await settle(page, ready);
    const returning = await layoutShift(page);
    expect(returning.total, `returning: ${returning.shifts.join('; ')}`).toBeLessThan(MAX_SHIFT);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
