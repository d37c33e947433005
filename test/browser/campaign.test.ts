/**
 * Campaign charts in a real browser: they draw from the data file (one point per donation day,
 * one slice per allocation), the article embed works, the figures stand without JavaScript, and
 * axe finds nothing in either theme. Charts report what they drew through data-points and
 * data-parts on their canvas (see src/islands/CampaignCharts.tsx).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween } from '~/vocab/dates';
import { allocationChartData } from '~/lib/campaign/chartData';
import { loadCampaigns } from '~/check/loadCampaigns';
import { summarizeCampaign } from '~/lib/campaign/progress';
import { cumulativeSeries } from '~/lib/campaign/series';
import { formatPercent, formatRupiah } from '~/lib/money';
import { NO_VIOLATIONS, axeInBothSchemes, launch, openPage, sharedPage, siteUrl, VIEWPORTS } from './harness';

const campaign = loadCampaigns().find((c) => c.slug === 'asn-charity-2025')!;
const summary = summarizeCampaign(campaign, new Date());
const CAMPAIGN_PAGE = `/donasi/${campaign.slug}/`;
const ARTICLE = '/berita/festival-asn-2025-asn-charity-semarang/';
const expectedPoints = cumulativeSeries(campaign.donations).length;
const expectedParts = allocationChartData(campaign.allocations, { colors: ['#000'], raised: summary.raised }).labels.length;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls the charts into view (they hydrate only then) and waits until both are drawn. */
async function drawnCharts(page: Page) {
  await page.locator('.campaign-charts').first().scrollIntoViewIfNeeded();
  const line = page.locator('canvas[data-points]').first();
  const doughnut = page.locator('canvas[data-parts]').first();
  await line.waitFor({ state: 'attached' });
  await doughnut.waitFor({ state: 'attached' });
  return { points: Number(await line.getAttribute('data-points')), parts: Number(await doughnut.getAttribute('data-parts')) };
}

describe('campaign page', () => {
  it('shows the figures of its data file and draws both charts from it', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(siteUrl(CAMPAIGN_PAGE));
    await expect(page.locator('[data-figure="raised"]').textContent()).resolves.toBe(formatRupiah(summary.raised));
    await expect(page.locator('[data-figure="target"]').textContent()).resolves.toBe(formatRupiah(summary.target));
    await expect(page.locator('[data-figure="percent"]').textContent()).resolves.toBe(formatPercent(summary.percent));
    await expect(page.getByRole('progressbar').getAttribute('aria-valuetext')).resolves.toContain(formatPercent(summary.percent));
    await expect(page.getByText('Data ilustrasi', { exact: true }).first().isVisible()).resolves.toBe(true);

    await expect(drawnCharts(page)).resolves.toEqual({ points: expectedPoints, parts: expectedParts });
    // Chart.js sized the canvas into its reserved frame rather than the other way round.
    const [frame, canvas] = await Promise.all([
      page.locator('.frame-line').first().boundingBox(),
      page.locator('canvas[data-points]').first().boundingBox(),
    ]);
    expect(canvas!.height).toBeGreaterThan(100);
    expect(canvas!.height).toBeLessThanOrEqual(frame!.height);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('spaces the cumulative chart\'s points by date, on a true time axis', async () => {
    const { page, errors } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(siteUrl(CAMPAIGN_PAGE));
    await drawnCharts(page);
    const xs: number[] = JSON.parse((await page.locator('canvas[data-point-x]').first().getAttribute('data-point-x'))!);
    const days = cumulativeSeries(campaign.donations).map((p) => daysBetween(campaign.startDate, p.date));
    expect(xs).toHaveLength(days.length);
    const pxPerDay = (xs.at(-1)! - xs[0]!) / (days.at(-1)! - days[0]!);
    expect(pxPerDay).toBeGreaterThan(1);
    xs.forEach((x, i) => expect(Math.abs(x - xs[0]! - (days[i]! - days[0]!) * pxPerDay), `point ${i}`).toBeLessThan(1));
    // The donation days are uneven (2 to 8 days apart); a category axis would have spaced them evenly.
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    expect(Math.max(...gaps) / Math.min(...gaps)).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reserves the charts\' space, so nothing below moves when they draw', async () => {
    const { page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(siteUrl(CAMPAIGN_PAGE));
    const tableTop = () => page.locator('[data-table="donations"]').evaluate((t) => t.getBoundingClientRect().top + scrollY);
    const before = await tableTop();
    await drawnCharts(page);
    // Within half a pixel: sub-pixel rounding of the frame is not a jump a reader sees.
    expect(Math.abs((await tableTop()) - before)).toBeLessThan(0.5);
    await page.context().close();
  });

  it('redraws in the other theme\'s colours when the reader toggles it', async () => {
    const { page, errors } = await openPage(browser, { colorScheme: 'light' });
    await page.goto(siteUrl(CAMPAIGN_PAGE));
    await drawnCharts(page);
    const pixels = () => page.locator('canvas[data-points]').first().evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const light = await pixels();
    await page.locator('[data-theme-toggle]').click();
    await expect.poll(pixels).not.toBe(light);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws at once, without animation, when the reader prefers reduced motion', async () => {
    const { page } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(siteUrl(CAMPAIGN_PAGE));
    await drawnCharts(page);
    const pixels = () => page.locator('canvas[data-points]').first().evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const first = await pixels();
    await page.waitForTimeout(500);
    await expect(pixels()).resolves.toBe(first);
    await page.context().close();
  });

  it('keeps the numbers and tables without JavaScript', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(siteUrl(CAMPAIGN_PAGE));
    await expect(page.locator('[data-figure="raised"]').textContent()).resolves.toBe(formatRupiah(summary.raised));
    await expect(page.locator('[data-table="donations"] tbody tr').count()).resolves.toBe(expectedPoints);
    await expect(page.locator('[data-table="donations"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-table="allocations"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('canvas[data-points]').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('article embed', () => {
  it('shows the campaign in the article and draws its charts', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(siteUrl(ARTICLE));
    const embed = page.locator(`[data-campaign="${campaign.slug}"]`);
    await expect(embed.locator('[data-figure="raised"]').textContent()).resolves.toBe(formatRupiah(summary.raised));
    await expect(embed.getByText('Data ilustrasi', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(drawnCharts(page)).resolves.toEqual({ points: expectedPoints, parts: expectedParts });
    await embed.locator('summary').click();
    await expect(embed.locator('[data-table="donations"]').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe.each(Object.entries(VIEWPORTS))('axe at %s width', (_name, viewport) => {
  const shared = sharedPage(() => browser, { viewport });
  it.each([
    ['campaign list', '/donasi/'],
    ['open data schema', '/donasi/data/'],
    ['campaign', CAMPAIGN_PAGE],
    ['article embed', ARTICLE],
  ])('%s (%s) has no WCAG 2.2 AA violation in light and dark, charts drawn', async (_type, path) => {
    const { page, errors, foreignRequests } = shared();
    const charted = path !== '/donasi/' && path !== '/donasi/data/';
    expect(await axeInBothSchemes(page, siteUrl(path), charted ? drawnCharts : undefined), path).toEqual(NO_VIOLATIONS);
    // CSP violations show up as console errors.
    expect(errors, path).toEqual([]);
    expect(foreignRequests, path).toEqual([]);
  });
});
