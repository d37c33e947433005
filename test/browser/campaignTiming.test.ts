/**
 * Campaign timing that stays true between builds, on the fixture corpus, whose campaigns were
 * running when it was built (test/fixtures/corpusCampaigns.mjs). Playwright's clock plays the
 * reader's: past the end date the page must say the campaign has ended though the build said
 * it runs; a clock behind the build is ignored; the list is sorted again for the reader's day.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '~/lib/campaign/timeAxis';
import { CORPUS_CAMPAIGNS } from '../fixtures/corpusCampaigns.mjs';
import { NO_VIOLATIONS, axeInBothSchemes, corpusUrl, launch, openPage } from './harness';

const RUNNING = `/donasi/${CORPUS_CAMPAIGNS.running.slug}/`;
/** An instant on a Jakarta calendar day. */
const inJakarta = (day: string, time: string) => new Date(`${day}T${time}+07:00`);

let browser: Browser;
let built: { start: string; end: string; builtOn: string };
beforeAll(async () => {
  browser = await launch();
  const { page } = await openPage(browser, { javaScriptEnabled: false });
  await page.goto(corpusUrl(RUNNING));
  const timing = page.locator('campaign-timing').first();
  const [start, end, builtOn] = await Promise.all(['data-start', 'data-end', 'data-built'].map((a) => timing.getAttribute(a)));
  built = { start: start!, end: end!, builtOn: builtOn! };
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` with the reader's clock at `now` and returns what the first campaign's timing says. */
async function timingAt(path: string, now: Date | undefined, options: BrowserContextOptions = {}) {
  const watched = await openPage(browser, options);
  const { page } = watched;
  if (now) await page.clock.setFixedTime(now);
  await page.goto(corpusUrl(path));
  return { ...watched, read: () => readTiming(page) };
}

async function readTiming(page: Page) {
  const timing = page.locator('campaign-timing').first();
  const text = async (field: string) => (await timing.locator(`[data-timing="${field}"]`).textContent())?.trim();
  return { state: await timing.getAttribute('data-state'), status: await text('status'), value: await text('value'), asOf: await text('asOf') };
}

describe('campaign timing on the reader\'s clock', () => {
  it('the build said the campaign runs: that is what a reader without JavaScript sees', async () => {
    const { page, read } = await timingAt(RUNNING, undefined, { javaScriptEnabled: false });
    const timing = await read();
    expect(timing.state).toBe('berjalan');
    expect(timing.status).toBe('Berjalan');
    expect(timing.value).toMatch(/^\d+ hari lagi$/);
    expect(timing.asOf).toMatch(/^per \d{1,2} \S+ \d{4}$/);
    await page.context().close();
  });

  it('says the campaign has ended once the reader\'s clock passes the end date in Jakarta', async () => {
    const { page, read, errors } = await timingAt(RUNNING, inJakarta(addDays(built.end, 1), '00:00:30'));
    await expect.poll(() => page.locator('campaign-timing').first().getAttribute('data-state')).toBe('berakhir');
    const timing = await read();
    expect(timing).toMatchObject({ status: 'Berakhir', value: 'Sudah berakhir' });
    expect(timing.asOf).not.toBe(`per ${built.builtOn}`);
    expect(await page.locator('[data-timing="term"]').first().textContent()).toBe('Berakhir');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])(
    'counts the last day by Jakarta\'s calendar for a reader in %s',
    async (timezoneId) => {
      const last = await timingAt(RUNNING, inJakarta(built.end, '23:59:00'), { timezoneId });
      await expect.poll(async () => (await last.read()).value).toBe('Hari terakhir');
      await last.page.context().close();
      const after = await timingAt(RUNNING, inJakarta(addDays(built.end, 1), '00:00:00'), { timezoneId });
      await expect.poll(async () => (await after.read()).value).toBe('Sudah berakhir');
      await after.page.context().close();
    },
  );

  it('turns the page over at midnight in Jakarta while it stays open, and sorts the list again', async () => {
    const { page, errors } = await openPage(browser);
    await page.clock.install({ time: inJakarta(built.end, '23:59:30') });
    await page.goto(corpusUrl('/donasi/'));
    const running = page.locator(`campaign-list > ul > li:has(a[href="${RUNNING}"])`);
    await expect.poll(() => running.locator('[data-timing="value"]').textContent()).toBe('Hari terakhir');
    await page.clock.runFor(60_000);
    await expect.poll(() => running.locator('[data-timing="value"]').textContent()).toBe('Sudah berakhir');
    const order = await page.locator('campaign-list > ul > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(order).toEqual([`/donasi/${CORPUS_CAMPAIGNS.later.slug}/`, `/donasi/${CORPUS_CAMPAIGNS.upcoming.slug}/`, RUNNING, '/donasi/asn-charity-2025/']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the build\'s text when the reader\'s clock is behind the build (a phone set to 2001)', async () => {
    const withoutJs = await timingAt(RUNNING, undefined, { javaScriptEnabled: false });
    const asBuilt = await withoutJs.read();
    await withoutJs.page.context().close();
    const { page, read, errors } = await timingAt(RUNNING, new Date('2001-01-01T08:00:00Z'));
    await page.waitForFunction(() => customElements.get('campaign-timing') !== undefined);
    expect(await read()).toEqual(asBuilt);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sorts the list again for the reader\'s day: running first, then not started, then ended', async () => {
    const { page, errors } = await timingAt('/donasi/', inJakarta(addDays(built.end, 1), '09:00:00'));
    await page.waitForFunction(() => customElements.get('campaign-list') !== undefined);
    const order = await page.locator('campaign-list > ul > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(order).toEqual([
      `/donasi/${CORPUS_CAMPAIGNS.later.slug}/`,
      `/donasi/${CORPUS_CAMPAIGNS.upcoming.slug}/`,
      `/donasi/${CORPUS_CAMPAIGNS.running.slug}/`,
      '/donasi/asn-charity-2025/',
    ]);
    const statuses = await page.locator('campaign-list [data-timing="status"]').allTextContents();
    expect(statuses).toEqual(['Berjalan', 'Belum dimulai', 'Berakhir', 'Berakhir']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows every status badge legibly: the list passes axe in light and dark', async () => {
    const { page, errors } = await openPage(browser);
    const listed = async () => {
      await page.waitForFunction(() => customElements.get('campaign-list') !== undefined);
      expect(new Set(await page.locator('[data-timing="status"]').allTextContents())).toEqual(new Set(['Berjalan', 'Belum dimulai', 'Berakhir']));
    };
    expect(await axeInBothSchemes(page, corpusUrl('/donasi/'), listed)).toEqual(NO_VIOLATIONS);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

