import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { checkCampaignReference } from '~/check/campaignExists';
import { checkCampaigns, loadCampaigns } from '~/check/loadCampaigns';
import { summarizeCampaign } from '~/lib/campaign/progress';
import type { ParsedFile } from '~/check/parseYaml';
import { validateCampaign } from '~/check/validateCampaign';
import { ContentError, type Problem } from '~/check/problems';

const FILE = 'donasi/uji.yaml';
const CSV = 'donasi/uji.csv';

/** A valid campaign; each test changes one line of it. Line numbers below refer to this text. */
const GOOD = `title: Uji
slug: uji
description: Kampanye uji.
organiser: Redaksi
beneficiaries:
  - Warga
target: 1000000
startDate: 2025-12-06
endDate: 2025-12-31
status: berjalan
source: Data uji
updatedAt: 2026-01-01
illustrative: true
sourceNote: Angka contoh.
donations:
  - date: 2025-12-06
    amount: 600000
    donors: 6
allocations:
  - recipient: Aceh
    amount: 300000
  - recipient: Sumatera Utara
    amount: 200000
updates:
  - date: 2026-01-05
    kind: penyaluran
    title: Tahap 1
    recipient: Aceh
    items: Sembako
    amount: 250000
`;

function source(text: string): ParsedFile {
  return { file: FILE, source: text, data: load(text) };
}

function problemsOf(text: string, csv?: string): Problem[] {
  const result = validateCampaign(source(text), { expectedSlug: 'uji', csv: csv === undefined ? undefined : { file: CSV, text: csv } });
  return result.ok ? [] : result.problems;
}

describe('validateCampaign', () => {
  it('accepts a good campaign and adds the CSV rows, sorted by date', () => {
    const result = validateCampaign(source(GOOD), {
      expectedSlug: 'uji',
      csv: { file: CSV, text: 'tanggal,jumlah,donatur,catatan\n2025-12-08,150000,3,Transfer\n2025-12-07,50000,0,\n' },
    });
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.campaign.donations).toEqual([
      { date: '2025-12-06', amount: 600_000, donors: 6 },
      { date: '2025-12-07', amount: 50_000, donors: 0 },
      { date: '2025-12-08', amount: 150_000, donors: 3, note: 'Transfer' },
    ]);
    expect(result.campaign.startDate).toBe('2025-12-06');
    expect(result.campaign.updates[0]).toMatchObject({ kind: 'penyaluran', amount: 250_000 });
    expect(summarizeCampaign(result.campaign, '2026-01-10').percent).toBe(80);
  });

  // Each row: one mistake in the YAML, and the field, line and message the problem must carry.
  describe.each<{ name: string; from: string | RegExp; to: string; field: string; line: number; message: RegExp }>([
    { name: 'negative target', from: 'target: 1000000', to: 'target: -5', field: 'target', line: 7, message: /Target harus lebih dari nol/ },
    { name: 'fractional amount', from: 'amount: 600000', to: 'amount: 600000.5', field: 'donations.0.amount', line: 17, message: /bilangan bulat rupiah/ },
    { name: 'zero amount', from: 'amount: 600000', to: 'amount: 0', field: 'donations.0.amount', line: 17, message: /harus lebih dari nol/ },
    { name: 'amount written with dots', from: 'amount: 600000', to: 'amount: "600.000"', field: 'donations.0.amount', line: 17, message: /tanpa titik atau "Rp"/ },
    { name: 'impossible date', from: 'startDate: 2025-12-06', to: 'startDate: 2025-12-32', field: 'startDate', line: 8, message: /"2025-12-32" bukan tanggal yang valid/ },
    { name: 'missing date', from: '  - date: 2025-12-06\n    amount', to: '  - amount', field: 'donations.0.date', line: 16, message: /wajib diisi dengan format TTTT-BB-HH/ },
    { name: 'end before start', from: 'endDate: 2025-12-31', to: 'endDate: 2025-12-01', field: 'endDate', line: 9, message: /tidak boleh sebelum tanggal mulai/ },
    { name: 'donation before the start', from: '  - date: 2025-12-06', to: '  - date: 2025-12-05', field: 'donations.0.date', line: 16, message: /sebelum kampanye dimulai \(2025-12-06\)/ },
    { name: 'donation after the end', from: '  - date: 2025-12-06', to: '  - date: 2026-01-01', field: 'donations.0.date', line: 16, message: /sesudah kampanye berakhir \(2025-12-31\)/ },
    { name: 'allocations above raised', from: 'amount: 200000', to: 'amount: 400000', field: 'allocations', line: 19, message: /Total alokasi Rp700\.000 melebihi donasi terkumpul Rp600\.000/ },
    { name: 'disbursed above raised', from: 'amount: 250000', to: 'amount: 650000', field: 'updates', line: 24, message: /Total penyaluran Rp650\.000 melebihi/ },
    { name: 'disbursement without recipient', from: '    recipient: Aceh\n    items', to: '    items', field: 'updates.0.recipient', line: 25, message: /wajib menyebut penerima/ },
    { name: 'repeated recipient', from: 'recipient: Sumatera Utara', to: 'recipient: aceh', field: 'allocations.1.recipient', line: 22, message: /sudah ada di alokasi ke-1/ },
    { name: 'illustrative without a note', from: 'sourceNote: Angka contoh.\n', to: '', field: 'illustrative', line: 13, message: /tulis sourceNote/ },
    { name: 'unknown status', from: 'status: berjalan', to: 'status: aktif', field: 'status', line: 10, message: /Status "aktif" tidak dikenal/ },
    { name: 'misspelt key', from: 'organiser:', to: 'organizer:', field: '-', line: 1, message: /Kolom tidak dikenal pada kampanye: organizer/ },
    { name: 'slug unlike the file name', from: 'slug: uji', to: 'slug: uji-lain', field: 'slug', line: 2, message: /harus sama dengan nama berkas, "uji"/ },
    // /donasi/data/ documents the open data; a campaign by that name would be hidden behind it.
    { name: 'slug the site uses', from: 'slug: uji', to: 'slug: data', field: 'slug', line: 2, message: /Slug "data" dipakai situs/ },
  ])('$name', ({ from, to, field, line, message }) => {
    it(`names ${field} on line ${line}`, () => {
      const text = GOOD.replace(from, to);
      expect(text).not.toBe(GOOD);
      const problems = problemsOf(text);
      const problem = problems.find((p) => p.field === field);
      expect(problem, JSON.stringify(problems)).toBeDefined();
      expect(problem).toMatchObject({ file: FILE, line, severity: 'error' });
      expect(problem?.message).toMatch(message);
    });
  });

  it('counts CSV rows when judging allocations, and names CSV lines outside the campaign', () => {
    const lowYaml = GOOD.replace('amount: 600000', 'amount: 100000');
    expect(problemsOf(lowYaml).map((p) => p.field)).toContain('allocations');
    const csv = '# donasi\ntanggal,jumlah,donatur\n2025-12-10,500000,5\n2026-02-01,1000,1\n';
    const problems = problemsOf(lowYaml, csv);
    expect(problems).toEqual([
      { file: CSV, line: 4, field: 'tanggal', message: 'Tanggal donasi 2026-02-01 sesudah kampanye berakhir (2025-12-31).', severity: 'error' },
    ]);
  });

  it('reports CSV and YAML mistakes in the same run', () => {
    const problems = problemsOf(GOOD.replace('target: 1000000', 'target: 0'), 'tanggal,jumlah,donatur\n2025-12-10,-1,5\n');
    expect(problems.map((p) => `${p.file}:${p.line ?? '?'} ${p.field}`)).toEqual([`${CSV}:2 jumlah`, `${FILE}:7 target`]);
  });
});

describe('loadCampaigns', () => {
  it('loads the published campaign, its CSV included, with figures marked illustrative', () => {
    const campaigns = loadCampaigns('content/donasi');
    const charity = campaigns.find((c) => c.slug === 'asn-charity-2025');
    expect(charity).toBeDefined();
    if (!charity) return;
    expect(charity.illustrative).toBe(true);
    expect(charity.sourceNote).toMatch(/ilustrasi/);
    expect(charity.startDate).toBe('2025-12-06');
    expect(charity.allocations.map((a) => a.recipient)).toEqual(['Aceh', 'Sumatera Utara', 'Sumatera Barat']);
    const summary = summarizeCampaign(charity, '2026-11-23');
    expect(summary.raised).toBe(260_500_000);
    expect(summary.donors).toBe(1_930);
    expect(summary.percent).toBe(86.8);
    expect(summary.timing).toEqual({ state: 'berakhir', daysSinceEnd: 327 });
  });

  it('lists every problem of the broken fixtures, with file, line and field', () => {
    const result = checkCampaigns('test/fixtures/donasi-rusak');
    expect(result.ok).toBe(false);
    const lines = result.problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.field}`);
    expect(lines).toEqual([
      'test/fixtures/donasi-rusak/kampanye-rusak.csv:4 jumlah',
      'test/fixtures/donasi-rusak/kampanye-rusak.csv:5 jumlah',
      'test/fixtures/donasi-rusak/kampanye-rusak.csv:6 jumlah',
      'test/fixtures/donasi-rusak/kampanye-rusak.csv:7 tanggal',
      'test/fixtures/donasi-rusak/kampanye-rusak.csv:8 tanggal',
      // 500.000 in the YAML plus the one good CSV row (100.000) is less than 700.000 allocated.
      'test/fixtures/donasi-rusak/kampanye-rusak.yaml:20 allocations',
      'test/fixtures/donasi-rusak/salah-nama.yaml:7 target',
      'test/fixtures/donasi-rusak/yatim.csv:- -',
    ]);
    expect(result.problems.find((p) => p.field === 'allocations')?.message).toBe(
      'Total alokasi Rp700.000 melebihi donasi terkumpul Rp600.000. Kurangi alokasi atau lengkapi data donasi.',
    );
    expect(() => loadCampaigns('test/fixtures/donasi-rusak')).toThrow(ContentError);
    expect(() => loadCampaigns('test/fixtures/donasi-rusak')).toThrow(/kampanye-rusak\.csv:8 {2}tanggal {2}Tanggal donasi 2026-01-05 sesudah/);
  });

  it('treats a missing folder as no campaigns', () => {
    expect(loadCampaigns('test/fixtures/tidak-ada')).toEqual([]);
  });
});

describe('checkCampaignReference', () => {
  const campaigns = [{ slug: 'asn-charity-2025' }];
  it('accepts a known campaign', () => {
    expect(checkCampaignReference('asn-charity-2025', campaigns, { file: 'artikel/berita/a.mdx', line: 9 })).toBeUndefined();
  });
  it('names the article, line and the campaigns that exist', () => {
    expect(checkCampaignReference('asn-charity', campaigns, { file: 'artikel/berita/a.mdx', line: 9 })).toEqual({
      file: 'artikel/berita/a.mdx',
      line: 9,
      field: 'campaign',
      message: 'Kampanye "asn-charity" tidak ditemukan di donasi/. Kampanye yang ada: asn-charity-2025.',
      severity: 'error',
    });
  });
  it('says when there is no campaign at all', () => {
    expect(checkCampaignReference('x', [], { file: 'a.mdx' })?.message).toMatch(/Kampanye yang ada: \(belum ada\)/);
  });
});
