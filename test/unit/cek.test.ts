import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkMdxFile } from '~/check/checkComponents';
import { CHECKERS, runChecks } from '~/check/checks';
import type { Problem } from '~/check/problems';

const BROKEN = 'test/fixtures/konten-rusak';
const A = `${BROKEN}/artikel`;
const problems = runChecks(BROKEN, { now: new Date('2026-01-01') });

describe.each<[file: string, line: number, field: string, message: RegExp, severity: Problem['severity']]>([
  [`${A}/opini/frontmatter-rusak.mdx`, 1, 'description', /Ringkasan \(description\) wajib diisi/, 'error'],
  [`${A}/opini/frontmatter-rusak.mdx`, 6, 'pillars.1', /Pilar tidak dikenal/, 'error'],
  [`${A}/opini/penulis-tak-dikenal.mdx`, 6, 'author', /Penulis "budi" tidak dikenal/, 'error'],
  [`${A}/berita/gambar-utama-hilang.mdx`, 9, 'hero.src', /tidak-ada\.png" tidak ditemukan/, 'error'],
  [`${A}/opini/mdx-rusak.mdx`, 16, '-', /Penulisan MDX tidak valid/, 'error'],
  [`${A}/berita/komponen-rusak.mdx`, 14, 'Callout.type', /<Callout>: Jenis \(type\) harus "catatan" atau "peringatan"/, 'error'],
  [`${A}/berita/komponen-rusak.mdx`, 19, 'Figure.src', /<Figure>: Berkas gambar "\.\/tidak-ada\.jpg" tidak ditemukan/, 'error'],
  [`${A}/berita/komponen-rusak.mdx`, 20, 'Figure.alt', /<Figure>: Teks alternatif \(alt\) wajib diisi/, 'error'],
  [`${A}/berita/komponen-rusak.mdx`, 24, 'Figur', /Komponen <Figur> tidak dikenal/, 'error'],
  [`${A}/berita/komponen-rusak.mdx`, 26, 'PullQuote.by', /<PullQuote>: Sumber kutipan \(by\) wajib diisi/, 'error'],
  [`${A}/berita/komponen-rusak.mdx`, 30, 'YouTube.id', /<YouTube>: Kode video \(id\) harus 11 karakter/, 'error'],
  [`${A}/berita/komponen-rusak.mdx`, 32, 'DonationProgress.campaign', /Kampanye "tidak-ada" tidak ditemukan.*yang ada: contoh/, 'error'],
  [`${A}/berita/komponen-rusak.mdx`, 34, 'AssessmentCta', /<AssessmentCta> tidak memakai isi/, 'error'],
  [`${A}/opini/peringatan.mdx`, 1, 'hero', /tanpa gambar utama/, 'warning'],
  [`${A}/opini/peringatan.mdx`, 2, 'title', /Judul 134 karakter/, 'warning'],
  [`${A}/opini/peringatan.mdx`, 3, 'description', /Ringkasan 215 karakter/, 'warning'],
  [`${A}/opini/peringatan.mdx`, 4, 'pubDate', /^Terjadwal: belum terbit; masuk situs pada build tanggal 1 Januari 2999/, 'warning'],
])('%s:%i  %s', (file, line, field, message, severity) => {
  it('is reported with its line, field and message', () => {
    const hit = problems.filter((p) => p.file === file && p.line === line && p.field === field);
    expect(hit).toHaveLength(1);
    expect(hit[0]?.message).toMatch(message);
    expect(hit[0]?.severity).toBe(severity);
  });
});

describe('checkMdxFile', () => {
  // Component schemas are built only for a file that uses a component; everything else is checked all the same.
  const noSchemas = () => {
    throw new Error('no component here');
  };

  it('checks a file without components without building any schema', () => {
    expect(checkMdxFile('a.mdx', '---\ntitle: a\n---\n\n## Judul\n\nTeks *biasa* dengan [tautan](https://contoh.id).\n', noSchemas)).toEqual([]);
    expect(checkMdxFile('a.mdx', '---\ntitle: a\n---\n\nAnggaran naik {10 persen.\n', noSchemas)[0]?.message).toMatch(/MDX tidak valid/);
  });
});

describe('runChecks', () => {
  it('reports nothing else: correct components and shared-folder images pass', () => {
    // 13 errors and 4 warnings, plus a warning for each of the three pieces without a draft line.
    expect(problems).toHaveLength(20);
    expect(problems.filter((p) => p.field === 'draft').map((p) => p.file).sort()).toEqual(
      [`${A}/berita/komponen-rusak.mdx`, `${A}/opini/mdx-rusak.mdx`, `${A}/opini/peringatan.mdx`],
    );
  });

  it('finds no errors in the real content', () => {
    expect(runChecks('content').filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('runs every checker it is given, so new kinds of content plug in with one line', () => {
    const extra = { file: 'x', field: '-', message: 'uji', severity: 'error' as const };
    expect(runChecks('content', {}, [...CHECKERS, () => [extra]])).toContainEqual(extra);
  });
});

describe('npm run cek', () => {
  it('prints every problem as file:line  field  message, a summary, and exits 1', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/cek.ts', BROKEN], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${A}/berita/komponen-rusak.mdx:20  Figure.alt  Komponen <Figure>:`);
    expect(run.stdout).toMatch(/13 galat, 7 peringatan \(\d+,\d detik\)/);
  });

  it('exits 0 on the real content', () => {
    expect(() => execFileSync('npx', ['tsx', 'scripts/cek.ts'], { encoding: 'utf8' })).not.toThrow();
  });
});
