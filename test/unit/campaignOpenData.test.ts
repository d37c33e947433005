import { createHash } from 'node:crypto';
import { load } from 'js-yaml';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaignFeedItems, ILLUSTRATIVE_NOTICE } from '~/lib/campaign/campaignFeed';
import { campaignCsv, csvCell, sha256Hex } from '~/lib/campaign/csvExport';
import { campaignData } from '~/lib/campaign/openData';
import { summarizeCampaign } from '~/lib/campaign/progress';
import { reportProblemHref } from '~/lib/campaign/reportLink';
import { cumulativeSeries } from '~/lib/campaign/series';
import { validateCampaign } from '~/check/validateCampaign';
import type { Campaign } from '~/schemas/campaign';
import { CAMPAIGN_CSV_COLUMNS, campaignDataSchema, type CampaignData } from '~/schemas/campaignData';

/** A campaign as a careless or hostile editor might write it: notes a spreadsheet would run, and non-Latin text. */
const YAML = `title: "Peduli Banjir & Longsor? #2 — Ñ ✓"
slug: peduli-banjir
description: Kampanye uji.
organiser: Redaksi
beneficiaries: [Warga]
target: 10000000
startDate: 2025-12-06
endDate: 2025-12-31
status: berjalan
source: Data uji
updatedAt: 2026-01-01
illustrative: true
sourceNote: Angka contoh.
donations:
  - date: 2025-12-06
    amount: 1000000
    donors: 10
    note: "@SUM(A1:A9)"
allocations:
  - recipient: Aceh
    amount: 500000
updates:
  - date: 2025-12-06
    title: Dibuka
    text: Kampanye dibuka.
  - date: 2026-01-05
    kind: penyaluran
    title: Tahap 1
    recipient: Aceh
    items: Sembako
    amount: 400000
  - date: 2026-01-05
    title: Foto penyaluran
`;
const CSV = `tanggal,jumlah,donatur,catatan
2025-12-10,500000,5,"=HYPERLINK(""http://contoh.invalid"",""klik"")"
2025-12-10,250000,2,+62 812 (transfer)
2025-12-15,750000,3,"Donasi dari 日本, ""Ibu Ñ"""
2025-12-20,100000,1,
`;

let campaign: Campaign;
let data: CampaignData;
let csv: string;
const BUILT_AT = new Date('2026-01-02T03:04:05Z');
beforeAll(async () => {
  const result = validateCampaign({ file: 'uji.yaml', source: YAML, data: load(YAML) }, { csv: { file: 'uji.csv', text: CSV } });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  campaign = result.campaign;
  data = await campaignData(campaign, { site: 'https://contoh.id', builtAt: BUILT_AT });
  csv = campaignCsv(campaign);
});

describe('campaign JSON', () => {
  it('holds the figures the page shows, computed the same way', () => {
    const summary = summarizeCampaign(campaign, BUILT_AT);
    expect(data.figures).toEqual({
      target: summary.target,
      raised: summary.raised,
      donors: summary.donors,
      percent: summary.percent,
      remaining: summary.remaining,
      allocated: summary.allocated,
      disbursed: summary.disbursed,
    });
    expect(data.figures).toMatchObject({ raised: 2_600_000, donors: 21, percent: 26, disbursed: 400_000 });
    expect(data.donationsByDay).toEqual(cumulativeSeries(campaign.donations));
  });

  it('splits hand-overs from news, newest first, and keeps the labels and dates', () => {
    expect(data.disbursements).toEqual([{ date: '2026-01-05', title: 'Tahap 1', recipient: 'Aceh', items: 'Sembako', amount: 400_000 }]);
    expect(data.updates.map((u) => u.title)).toEqual(['Foto penyaluran', 'Dibuka']);
    expect(data).toMatchObject({
      illustrative: true,
      sourceNote: 'Angka contoh.',
      builtAt: '2026-01-02T03:04:05.000Z',
      url: 'https://contoh.id/donasi/peduli-banjir/',
      csv: { url: 'https://contoh.id/donasi/peduli-banjir.csv' },
    });
    expect(campaignDataSchema.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
  });

  it('carries the SHA-256 of the CSV as published, byte for byte', () => {
    expect(data.csv.sha256).toBe(createHash('sha256').update(Buffer.from(csv, 'utf8')).digest('hex'));
  });

  it('refuses to be written in a shape the schema page does not document', () => {
    expect(campaignDataSchema.safeParse({ ...data, extra: 1 }).success).toBe(false);
    expect(campaignDataSchema.safeParse({ ...data, figures: { ...data.figures, raised: -1 } }).success).toBe(false);
  });
});

describe('campaign CSV', () => {
  const rows = () => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('has the documented columns and one row per donation day, matching the JSON', () => {
    const parsed = rows();
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(CAMPAIGN_CSV_COLUMNS.map((c) => c.name));
    expect(
      parsed.data.map((r) => ({
        date: r['tanggal'],
        amount: Number(r['jumlah']),
        donors: Number(r['donatur']),
        cumulative: Number(r['total_terkumpul']),
        cumulativeDonors: Number(r['total_donatur']),
      })),
    ).toEqual(data.donationsByDay);
    expect(parsed.data.every((r) => r['ilustrasi'] === 'ya')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('never hands a spreadsheet a formula, and keeps the text readable', () => {
    const notes = rows().data.map((r) => r['catatan']);
    expect(notes).toEqual([
      "'@SUM(A1:A9)",
      '\'=HYPERLINK("http://contoh.invalid","klik"); +62 812 (transfer)',
      'Donasi dari 日本, "Ibu Ñ"',
      '',
    ]);
    for (const note of notes) expect(note).not.toMatch(/^\s*[=+\-@]/);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['  =1+1', "'  =1+1"],
    ['-2', "'-2"],
    ['\t=cmd', "'\t=cmd"],
    ['a,b', '"a,b"'],
    ['baris\nbaru', '"baris\nbaru"'],
    ['biasa', 'biasa'],
    [-5, '-5'],
  ])('cell %j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});

describe('sha256Hex', () => {
  it.each(['', 'abc', 'Ñ 日本 ✓\r\n'])('matches node:crypto for %j', async (text) => {
    await expect(sha256Hex(text)).resolves.toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('campaign feed', () => {
  it('lists every news item and hand-over newest first, each with its own link', () => {
    const items = campaignFeedItems(campaign, 'https://contoh.id');
    expect(items.map((i) => [i.title, i.categories[0]])).toEqual([
      ['Tahap 1', 'Penyaluran'],
      ['Foto penyaluran', 'Kabar'],
      ['Dibuka', 'Kabar'],
    ]);
    expect(items.map((i) => i.link)).toEqual([
      'https://contoh.id/donasi/peduli-banjir/#kabar-2026-01-05-1',
      'https://contoh.id/donasi/peduli-banjir/#kabar-2026-01-05-2',
      'https://contoh.id/donasi/peduli-banjir/#kabar-2025-12-06-1',
    ]);
    expect(items[0]!.description).toBe(`Penyaluran kepada Aceh: Sembako, senilai Rp400.000. ${ILLUSTRATIVE_NOTICE}`);
    // Noon in Jakarta: the same calendar day from UTC-5 to UTC+14.
    expect(items[2]!.pubDate.toISOString()).toBe('2025-12-06T05:00:00.000Z');
  });
});

describe('reportProblemHref', () => {
  it('names the campaign in the subject and cannot be given another field or recipient', () => {
    const href = reportProblemHref(campaign.title, 'https://contoh.id/donasi/peduli-banjir/', 'redaksi@contoh.id');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redaksi@contoh.id');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe('Laporan kejanggalan kampanye: Peduli Banjir & Longsor? #2 — Ñ ✓');
    expect(url.searchParams.get('body')).toContain('https://contoh.id/donasi/peduli-banjir/');
    expect(href).not.toMatch(/[\s#]/);
  });

  it('folds line breaks in a title, so no header can be smuggled in', () => {
    const subject = new URL(reportProblemHref('Judul\r\nBcc: orang@lain.id', 'https://contoh.id/')).searchParams.get('subject');
    expect(subject).toBe('Laporan kejanggalan kampanye: Judul Bcc: orang@lain.id');
  });
});
