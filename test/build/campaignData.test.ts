/**
 * A campaign's open data and feed in the built site: the JSON validates against the one shape the
 * schema page documents, its figures are the page's, the CSV's SHA-256 is the published file's,
 * the feed parses and lists every update newest first, and the page links to all of it. Timing
 * and order are checked for the build's own day, read from the page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { orderCampaigns } from '~/lib/campaign/campaignOrder';
import { campaignDataFields, campaignDataJsonSchema } from '~/lib/campaign/dataFields';
import { TIMING_FIELDS, timingView } from '~/lib/campaign/liveTiming';
import { loadCampaigns } from '~/check/loadCampaigns';
import { isoDate } from '~/vocab/dates';
import { formatCount, formatPercent, formatRupiah, formatRupiahCompact } from '~/lib/money';
import type { Campaign } from '~/schemas/campaign';
import { CAMPAIGN_CSV_COLUMNS, campaignDataSchema, type CampaignData } from '~/schemas/campaignData';
import { CORPUS_CAMPAIGNS } from '../fixtures/corpusCampaigns.mjs';
import { CORPUS_DIST, DIST, readPage } from './dist';

const SITE = (process.env['SITE_URL'] || 'https://asnprima.id').replace(/\/$/, '');

let campaigns: Campaign[];
const data = new Map<string, CampaignData>();
beforeAll(() => {
  campaigns = loadCampaigns();
  for (const c of campaigns) data.set(c.slug, JSON.parse(readFileSync(join(DIST, 'donasi', `${c.slug}.json`), 'utf8')));
});

describe('/donasi/<slug>.json and .csv', () => {
  it('validates against the documented shape, and says whether the figures are illustrative', () => {
    expect(campaigns.length).toBeGreaterThan(0);
    for (const c of campaigns) {
      const result = campaignDataSchema.safeParse(data.get(c.slug));
      expect(result.error?.issues, c.slug).toBeUndefined();
      expect(data.get(c.slug)).toMatchObject({ slug: c.slug, illustrative: c.illustrative, url: `${SITE}/donasi/${c.slug}/` });
      if (c.illustrative) expect(data.get(c.slug)?.sourceNote).toBe(c.sourceNote);
    }
  });

  it('carries the figures the page shows', () => {
    for (const c of campaigns) {
      const { figures, donationsByDay } = data.get(c.slug)!;
      const page = readPage(DIST, `/donasi/${c.slug}/`);
      const shown = (name: string) => page.querySelector(`[data-figure="${name}"]`)?.textContent?.trim();
      expect(shown('raised')).toBe(formatRupiah(figures.raised));
      expect(shown('target')).toBe(formatRupiah(figures.target));
      expect(shown('percent')).toBe(formatPercent(figures.percent));
      expect(shown('donors')).toBe(`${formatCount(figures.donors)} orang`);
      expect(shown('disbursed')).toBe(formatRupiahCompact(figures.disbursed));
      const rows = [...page.querySelectorAll('[data-table="donations"] tbody tr')].map((r) => r.querySelector('time')?.getAttribute('datetime'));
      expect(rows).toEqual(donationsByDay.map((d) => d.date));
    }
  });

  it('hashes the CSV exactly as published, and the CSV holds the same days', () => {
    for (const c of campaigns) {
      const json = data.get(c.slug)!;
      expect(json.csv.url).toBe(`${SITE}/donasi/${c.slug}.csv`);
      const bytes = readFileSync(join(DIST, 'donasi', `${c.slug}.csv`));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(json.csv.sha256);
      const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true });
      expect(parsed.meta.fields).toEqual(CAMPAIGN_CSV_COLUMNS.map((col) => col.name));
      expect(parsed.data.map((r) => [r['tanggal'], Number(r['jumlah']), Number(r['total_terkumpul'])])).toEqual(
        json.donationsByDay.map((d) => [d.date, d.amount, d.cumulative]),
      );
      expect(parsed.data.every((r) => r['ilustrasi'] === (c.illustrative ? 'ya' : 'tidak'))).toBe(true);
    }
  });
});

describe('/donasi/data/', () => {
  it('documents every field of the JSON and every column of the CSV, from the same definition', () => {
    const doc = readPage(DIST, '/donasi/data/');
    expect([...doc.querySelectorAll('[data-field]')].map((r) => r.getAttribute('data-field'))).toEqual(campaignDataFields().map((f) => f.path));
    expect([...doc.querySelectorAll('[data-column]')].map((r) => r.getAttribute('data-column'))).toEqual(CAMPAIGN_CSV_COLUMNS.map((c) => c.name));
    const schema = JSON.parse(readFileSync(join(DIST, 'donasi/data/skema.json'), 'utf8'));
    expect(schema).toEqual(campaignDataJsonSchema(`${SITE}/donasi/data/skema.json`));
    for (const c of campaigns) expect(doc.querySelector(`a[href="/donasi/${c.slug}.json"]`), c.slug).not.toBeNull();
  });
});

describe('/donasi/<slug>/rss.xml', () => {
  it('parses and lists every news item and hand-over, newest first, each linking to its entry on the page', () => {
    for (const c of campaigns) {
      const feed = new DOMParser().parseFromString(readFileSync(join(DIST, 'donasi', c.slug, 'rss.xml'), 'utf8'), 'text/xml');
      expect(feed.querySelector('parsererror')).toBeNull();
      const items = [...feed.querySelectorAll('item')];
      expect(items).toHaveLength(c.updates.length);
      const dates = items.map((i) => new Date(i.querySelector('pubDate')!.textContent!).getTime());
      expect(dates).toEqual([...dates].sort((x, y) => y - x));
      expect(items.map((i) => i.querySelector('category')?.textContent).sort()).toEqual(
        c.updates.map((u) => (u.kind === 'penyaluran' ? 'Penyaluran' : 'Kabar')).sort(),
      );
      const page = readPage(DIST, `/donasi/${c.slug}/`);
      const links = items.map((i) => i.querySelector('link')!.textContent!);
      expect(new Set(links).size).toBe(links.length);
      for (const link of links) {
        const url = new URL(link);
        expect(url.origin + url.pathname).toBe(`${SITE}/donasi/${c.slug}/`);
        expect(page.getElementById(url.hash.slice(1)), link).not.toBeNull();
      }
      if (c.illustrative) for (const item of items) expect(item.querySelector('description')?.textContent).toMatch(/Data ilustrasi/);
    }
  });
});

describe('the campaign page', () => {
  it('links its data, its feed, and a report to the corrections address of /tentang/', () => {
    const about = readPage(DIST, '/tentang/');
    const corrections = [...about.querySelectorAll('a[href^="mailto:"]')].map((a) => a.getAttribute('href')!.slice('mailto:'.length));
    for (const c of campaigns) {
      const page = readPage(DIST, `/donasi/${c.slug}/`);
      const links = page.querySelector('[data-campaign-links]')!;
      expect(links.textContent).toMatch(/Unduh data/);
      expect(links.querySelector(`a[href="/donasi/${c.slug}.json"]`)).not.toBeNull();
      expect(links.querySelector(`a[href="/donasi/${c.slug}.csv"]`)).not.toBeNull();
      expect(links.querySelector(`a[href="/donasi/${c.slug}/rss.xml"]`)).not.toBeNull();
      expect(page.querySelector(`link[rel="alternate"][href="/donasi/${c.slug}/rss.xml"]`)).not.toBeNull();

      const report = links.querySelector('[data-report-link]')!;
      expect(report.textContent).toBe('Laporkan kejanggalan');
      const mail = new URL(report.getAttribute('href')!);
      expect(corrections).toContain(mail.pathname);
      expect(mail.searchParams.get('subject')).toContain(c.title);
      expect(mail.searchParams.get('body')).toContain(`${SITE}/donasi/${c.slug}/`);
    }
  });

  it('states its timing for the build\'s day, and says which day that was', () => {
    for (const c of campaigns) {
      const page = readPage(DIST, `/donasi/${c.slug}/`);
      const timing = page.querySelector('campaign-timing')!;
      const builtOn = timing.getAttribute('data-built')!;
      expect(builtOn).toBe(isoDate(new Date(data.get(c.slug)!.builtAt)));
      const view = timingView(c, builtOn);
      expect(timing.getAttribute('data-state')).toBe(view.state);
      for (const field of TIMING_FIELDS) expect(timing.querySelector(`[data-timing="${field}"]`)?.textContent, field).toBe(view[field]);
      expect(view.asOf).toMatch(/^per \d{1,2} \S+ \d{4}$/);
    }
  });
});

describe('/donasi/', () => {
  it('lists running campaigns first, then ended ones, each with its status and figures', () => {
    const doc = readPage(DIST, '/donasi/');
    const cards = [...doc.querySelectorAll('campaign-list > ul > li')];
    expect(cards).toHaveLength(campaigns.length);
    const builtOn = cards[0]!.querySelector('campaign-timing')!.getAttribute('data-built')!;
    const expected = orderCampaigns(campaigns.map((c) => ({ ...c, state: timingView(c, builtOn).state })));
    expect(cards.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual(expected.map((c) => `/donasi/${c.slug}/`));
    for (const card of cards) {
      expect(card.querySelector('[data-timing="status"]')?.textContent).toMatch(/^(Berjalan|Berakhir|Belum dimulai)$/);
      expect(card.querySelector('[data-figure="raised"]')).not.toBeNull();
      expect(card.querySelector('[data-figure="timing"]')).not.toBeNull();
    }
    expect(existsSync(join(DIST, 'donasi/data/index.html'))).toBe(true);
  });
});

describe('fixture corpus: what a careless or hostile editor wrote', () => {
  const slug = CORPUS_CAMPAIGNS.running.slug;
  it('reaches the CSV as text, never as a formula', () => {
    expect(existsSync(join(CORPUS_DIST, 'index.html')), `${CORPUS_DIST} belum dibangun`).toBe(true);
    const csv = readFileSync(join(CORPUS_DIST, 'donasi', `${slug}.csv`), 'utf8');
    const notes = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.map((r) => r['catatan'] ?? '');
    expect(notes.some((n) => n.includes('HYPERLINK'))).toBe(true);
    for (const note of notes) expect(note).not.toMatch(/^\s*[=+\-@]/);
  });

  it('names a title full of URL syntax and non-Latin letters intact in the report subject', () => {
    const page = readPage(CORPUS_DIST, `/donasi/${slug}/`);
    const title = page.querySelector('h1')!.textContent!;
    expect(title).toBe('Uji "Banjir & Longsor" #2 — Ñ 日本?');
    const mail = new URL(page.querySelector('[data-report-link]')!.getAttribute('href')!);
    expect([...mail.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(mail.searchParams.get('subject')).toBe(`Laporan kejanggalan kampanye: ${title}`);
  });
});
