/**
 * Campaign pages in the built site: the figures of content/donasi/ (computed here with the same
 * logic, never copied), the "data ilustrasi" warning wherever they appear, the progress bar's
 * ARIA, and the JavaScript budget of the charts island.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCalendarDay } from '~/vocab/dates';
import { loadCampaigns } from '~/check/loadCampaigns';
import { summarizeCampaign, type CampaignSummary } from '~/lib/campaign/progress';
import { cumulativeSeries } from '~/lib/campaign/series';
import { formatCount, formatPercent, formatRupiah, formatRupiahCompact } from '~/lib/money';
import type { Campaign } from '~/schemas/campaign';
import { DIST, listFiles, pathOf, readDoc, readPage, staticModuleGraph } from './dist';

const ARTICLE_WITH_CAMPAIGN = '/berita/festival-asn-2025-asn-charity-semarang/';
const ARTICLE_WITHOUT_CAMPAIGN = '/opini/lima-pilar-asn-prima/';
/** Gzipped JavaScript a page may load for its campaign charts. */
const CAMPAIGN_JS_BUDGET = 80 * 1024;

const text = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ');

let campaigns: Campaign[];
let summaries: Map<string, CampaignSummary>;
beforeAll(() => {
  campaigns = loadCampaigns();
  // The build computed timing with its own clock; a day's difference only moves "n hari lagi".
  summaries = new Map(campaigns.map((c) => [c.slug, summarizeCampaign(c, new Date())]));
});

function expectFigures(doc: Document, campaign: Campaign, format: (n: number) => string = formatRupiah) {
  const summary = summaries.get(campaign.slug)!;
  const section = doc.querySelector(`[data-campaign="${campaign.slug}"]`) ?? doc.body;
  expect(section.querySelector('[data-figure="raised"]')?.textContent).toBe(format(summary.raised));
  expect(section.querySelector('[data-figure="target"]')?.textContent).toBe(format(summary.target));
  expect(section.querySelector('[data-figure="percent"]')?.textContent).toBe(formatPercent(summary.percent));
  expect(section.querySelector('[data-figure="donors"]')?.textContent).toBe(`${formatCount(summary.donors)} orang`);

  const bar = section.querySelector('progress')!;
  expect(bar.getAttribute('max')).toBe('100');
  expect(Number(bar.getAttribute('value'))).toBe(summary.barWidth);
  expect(bar.getAttribute('aria-label')).toBeTruthy();
  expect(bar.getAttribute('aria-valuetext')).toBe(
    `${formatPercent(summary.percent)} dari target: ${formatRupiah(summary.raised)} dari ${formatRupiah(summary.target)}`,
  );

  const page = text(doc);
  expect(page).toContain(`Angka diperbarui ${formatCalendarDay(campaign.updatedAt)}`);
  expect(page).toContain(campaign.organiser);
  if (campaign.illustrative) {
    expect(page.toLowerCase()).toContain('data ilustrasi');
    expect(page).toContain(campaign.sourceNote!.replace(/\s+/g, ' '));
  }
}

describe('/donasi/', () => {
  it('lists every campaign with its figures in the compact form and a link', () => {
    const doc = readPage(DIST, '/donasi/');
    for (const campaign of campaigns) {
      expect(doc.querySelector(`a[href="/donasi/${campaign.slug}/"]`)?.textContent).toBe(campaign.title);
      const card = doc.querySelector(`a[href="/donasi/${campaign.slug}/"]`)!.closest('article')!;
      const summary = summaries.get(campaign.slug)!;
      expect(card.querySelector('[data-figure="raised"]')?.textContent).toBe(formatRupiahCompact(summary.raised));
    }
    const [first] = campaigns;
    if (first) expectFigures(doc, first, formatRupiahCompact);
  });
});

describe('/donasi/<slug>/', () => {
  it('shows the figures, the tables and the timeline of the data file', () => {
    for (const campaign of campaigns) {
      const doc = readPage(DIST, `/donasi/${campaign.slug}/`);
      expect(doc.querySelector('h1')?.textContent).toBe(campaign.title);
      expectFigures(doc, campaign);

      const series = cumulativeSeries(campaign.donations);
      const rows = [...doc.querySelectorAll('[data-table="donations"] tbody tr')];
      expect(rows).toHaveLength(series.length);
      rows.forEach((row, i) => {
        const cells = [...row.querySelectorAll('td')].map((c) => c.textContent);
        expect(cells).toEqual([formatRupiah(series[i]!.amount), formatCount(series[i]!.donors), formatRupiah(series[i]!.cumulative)]);
      });
      const allocationRows = [...doc.querySelectorAll('[data-table="allocations"] tbody tr')].map((r) => r.querySelector('th')?.textContent);
      expect(allocationRows.slice(0, campaign.allocations.length)).toEqual(campaign.allocations.map((a) => a.recipient));

      const timeline = doc.querySelectorAll('.timeline > li');
      expect(timeline).toHaveLength(campaign.updates.length);

      const canvases = [...doc.querySelectorAll('astro-island canvas[role="img"]')];
      expect(canvases.length).toBeGreaterThan(0);
      for (const canvas of canvases) {
        expect(canvas.getAttribute('aria-label')).toBeTruthy();
        expect(doc.getElementById(canvas.getAttribute('aria-describedby') ?? '')?.tagName).toBe('TABLE');
      }
    }
  });
});

describe('"data ilustrasi"', () => {
  it('appears on every page that shows campaign figures, the article embed included', () => {
    const pages = listFiles(DIST, '.html').filter((file) => readDoc(file).querySelector('[data-figure="raised"]'));
    expect(pages.map((f) => pathOf(DIST, f))).toContain(ARTICLE_WITH_CAMPAIGN);
    for (const file of pages) expect(text(readDoc(file)).toLowerCase(), pathOf(DIST, file)).toContain('data ilustrasi');
  });

  it('the article embeds its campaign with the same figures', () => {
    const doc = readPage(DIST, ARTICLE_WITH_CAMPAIGN);
    const campaign = campaigns.find((c) => c.slug === 'asn-charity-2025')!;
    expectFigures(doc, campaign);
    expect(doc.querySelector(`a[href="/donasi/${campaign.slug}/"]`)).not.toBeNull();
  });
});

describe('JavaScript budget', () => {
  it(`loads at most ${CAMPAIGN_JS_BUDGET / 1024} KB gzip for the charts, hydrated when visible`, () => {
    for (const path of ['/donasi/asn-charity-2025/', ARTICLE_WITH_CAMPAIGN]) {
      const islands = [...readPage(DIST, path).querySelectorAll('astro-island')];
      expect(islands.length, path).toBe(1);
      const island = islands[0]!;
      expect(island.getAttribute('client')).toBe('visible');
      const modules = new Set(
        ['component-url', 'renderer-url'].flatMap((attr) => staticModuleGraph(island.getAttribute(attr)!)),
      );
      const size = [...modules].reduce((total, url) => total + gzipSync(readFileSync(join(DIST, url))).length, 0);
      expect(size, `${path}: ${[...modules].join(', ')}`).toBeLessThanOrEqual(CAMPAIGN_JS_BUDGET);
      // Registering parts one by one keeps out what the charts do not use.
      const bundle = [...modules].map((url) => readFileSync(join(DIST, url), 'utf8')).join('\n');
      expect(bundle).not.toContain('RadarController');
    }
  });

  it('loads no island and none of the chart code on an article without a campaign', () => {
    const doc = readPage(DIST, ARTICLE_WITHOUT_CAMPAIGN);
    expect(doc.querySelector('astro-island')).toBeNull();
    // Its scripts are the page's own small elements (site.test.ts); none reaches the chart island's code.
    const island = readPage(DIST, '/donasi/asn-charity-2025/').querySelector('astro-island')!;
    const charts = new Set(staticModuleGraph(island.getAttribute('component-url')!));
    const loaded = [...doc.querySelectorAll('script[src]')].flatMap((s) => staticModuleGraph(s.getAttribute('src')!));
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((url) => charts.has(url))).toEqual([]);
  });
});
