import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '~/check/checks';
import { checkComponents } from '~/check/checkComponents';
import { checkContent } from '~/check/checkContent';
import { formatProblem, type Problem } from '~/check/problems';

/** A valid article; each case below breaks one thing. */
const GOOD = {
  title: '"Judul yang baik"',
  description: '"Ringkasan singkat."',
  pubDate: '2025-12-06',
  kind: 'berita',
  author: 'redaksi',
  pillars: '[melayani]',
  topics: '[psr]',
  tags: '[semarang]',
};

function frontmatter(fields: Record<string, string | undefined>, extra = ''): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  // Every piece says whether it is a draft (a missing line is a warning of its own), last so line numbers stay put.
  const draft = 'draft' in fields ? '' : 'draft: false\n';
  return `---\n${lines.join('\n')}\n${extra}${draft}---\n\nIsi artikel.\n`;
}

let dir: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const check = () => checkContent(dir, { root: dir, now: new Date('2026-11-23T00:00:00Z') });
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'asn-konten-'));
  mkdirSync(join(dir, 'gambar'));
  write('penulis/redaksi.yaml', 'name: Redaksi\nrole: Tim\nbio: Menulis.\n');
  cpSync('content/gambar/lima-pilar-asn-prima.png', join(dir, 'gambar/foto.png'));
  write('donasi/asn-charity-2025.yaml', 'title: x\n');
  cpSync('content/asesmen', join(dir, 'asesmen'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkContent: a valid article', () => {
  it('passes with no error and is listed', () => {
    write('artikel/berita/baik.mdx', frontmatter(GOOD, 'hero:\n  src: ../../gambar/foto.png\n  alt: Foto\n  credit: Redaksi\n'));
    const result = check();
    expect(errors(result.problems)).toEqual([]);
    expect(result.articles).toEqual(['berita/baik']);
    expect(result.authors).toEqual(['redaksi']);
  });
});

describe('checkContent: one message per mistake, naming file, line and field', () => {
  it.each([
    ['missing title', frontmatter({ ...GOOD, title: undefined }), 'title', 1, 'Judul (title) wajib diisi.'],
    ['empty title', frontmatter({ ...GOOD, title: '""' }), 'title', 2, 'Judul (title) wajib diisi.'],
    ['unparseable date', frontmatter({ ...GOOD, pubDate: '6 Desember 2025' }), 'pubDate', 4, 'tidak dapat dibaca sebagai tanggal'],
    ['impossible date', frontmatter({ ...GOOD, pubDate: '2025-13-45' }), 'pubDate', 4, 'tidak dapat dibaca sebagai tanggal'],
    ['missing date', frontmatter({ ...GOOD, pubDate: undefined }), 'pubDate', 1, 'wajib diisi'],
    ['unknown pillar', frontmatter({ ...GOOD, pillars: '[melayani, jujur]' }), 'pillars.1', 7, 'Pilar tidak dikenal'],
    ['unknown topic', frontmatter({ ...GOOD, topics: '[ekonomi]' }), 'topics.0', 8, 'Topik tidak dikenal'],
    ['no topic', frontmatter({ ...GOOD, topics: '[]' }), 'topics', 8, 'setidaknya satu topik'],
    ['unknown author', frontmatter({ ...GOOD, author: 'budi' }), 'author', 6, 'Penulis "budi" tidak dikenal'],
    ['unknown kind', frontmatter({ ...GOOD, kind: 'feature' }), 'kind', 5, 'Jenis (kind) harus salah satu dari'],
    [
      'hero without alt',
      frontmatter(GOOD, 'hero:\n  src: ../../gambar/foto.png\n  alt: ""\n  credit: Redaksi\n'),
      'hero.alt',
      12,
      'Teks alternatif gambar (hero.alt) wajib diisi',
    ],
    [
      'hero image missing',
      frontmatter(GOOD, 'hero:\n  src: ../../gambar/tidak-ada.png\n  alt: Foto\n  credit: Redaksi\n'),
      'hero.src',
      11,
      'Berkas gambar "../../gambar/tidak-ada.png" tidak ditemukan',
    ],
    [
      'update before publication',
      frontmatter({ ...GOOD, updatedDate: '2025-01-01' }),
      'updatedDate',
      10,
      'tidak boleh lebih awal',
    ],
    ['unsafe source URL', frontmatter(GOOD, 'source:\n  name: X\n  url: "javascript:alert(1)"\n'), 'source.url', 12, 'URL lengkap'],
    ['unknown campaign', frontmatter({ ...GOOD, campaign: 'tidak-ada' }), 'campaign', 10, 'Kampanye "tidak-ada" tidak ditemukan'],
    ['kind does not match folder', frontmatter({ ...GOOD, kind: 'opini' }), 'kind', 5, 'tidak cocok dengan folder'],
    ['YAML syntax', '---\nkind: berita\ntitle: a: b\n---\n', '-', 3, 'Penulisan YAML tidak valid'],
    ['no frontmatter', 'Hanya isi.\n', '-', 1, 'Frontmatter tidak ditemukan'],
  ])('%s', (_name, source, field, line, message) => {
    write('artikel/berita/artikel-uji.mdx', source);
    const found = errors(check().problems);
    expect(found).toHaveLength(1);
    const [problem] = found;
    expect(problem).toMatchObject({ file: 'artikel/berita/artikel-uji.mdx', field, line });
    expect(problem!.message).toContain(message);
  });

  it('reports two files with the same URL, naming both', () => {
    write('artikel/berita/sama.md', frontmatter(GOOD));
    write('artikel/berita/sama.mdx', frontmatter(GOOD));
    const [problem, ...rest] = errors(check().problems);
    expect(rest).toEqual([]);
    expect(problem!.file).toBe('artikel/berita/sama.mdx');
    expect(problem!.message).toContain('Alamat /berita/sama/ sudah dipakai oleh artikel/berita/sama.md');
  });

  it.each(['Judul Besar.mdx', 'judul_baru.mdx', '2025.mdx'])('refuses the file name %j', (name) => {
    write(`artikel/berita/${name}`, frontmatter(GOOD));
    expect(errors(check().problems)[0]!.message).toContain('Nama berkas menjadi alamat halaman');
  });

  it('refuses an article outside the kind folders', () => {
    write('artikel/feature/x.mdx', frontmatter(GOOD));
    expect(errors(check().problems)[0]!.message).toContain('artikel/berita/ atau artikel/opini/');
  });

  it('lists every problem of every file at once', () => {
    write('artikel/berita/a.mdx', frontmatter({ ...GOOD, title: undefined, pillars: '[x]' }));
    write('artikel/opini/b.mdx', frontmatter({ ...GOOD, kind: 'opini', author: 'siapa' }));
    const found = errors(check().problems).map((p) => `${p.file} ${p.field}`);
    expect(found).toEqual(['artikel/berita/a.mdx title', 'artikel/berita/a.mdx pillars.0', 'artikel/opini/b.mdx author']);
  });

  it('refuses an image cut off half-way, and a file that is no image, naming the field', () => {
    const whole = readFileSync('content/gambar/lima-pilar-asn-prima.png');
    write('gambar/terpotong.png', '');
    writeFileSync(join(dir, 'gambar/terpotong.png'), whole.subarray(0, whole.length / 2));
    write('gambar/catatan.jpg', 'Ini catatan, bukan foto.\n');
    write('artikel/berita/a.mdx', frontmatter(GOOD, 'hero:\n  src: ../../gambar/terpotong.png\n  alt: Foto\n  credit: Redaksi\n'));
    write('artikel/berita/b.mdx', `${frontmatter(GOOD)}\n<Figure src="catatan.jpg" alt="Foto" credit="Redaksi" />\n`);
    // Frontmatter by checkContent, bodies by checkComponents; `npm run cek` and the build run both.
    const found = [...errors(check().problems), ...errors(checkComponents(dir, { root: dir }))];
    expect(found.map((p) => `${p.file} ${p.field}`)).toEqual(['artikel/berita/a.mdx hero.src', 'artikel/berita/b.mdx Figure.src']);
    expect(found[0]!.message).toBe(
      'Berkas gambar "../../gambar/terpotong.png" terpotong atau rusak: isinya tidak utuh. Simpan ulang dari aplikasi pengolah gambar, lalu ganti berkasnya.',
    );
    expect(found[1]!.message).toContain('Berkas "catatan.jpg" bukan gambar PNG, JPEG, WebP, atau AVIF, walaupun namanya berakhiran .jpg.');
  });

  it('checks authors too', () => {
    write('penulis/tanpa-nama.yaml', 'role: Tim\nbio: x\n');
    const [problem] = errors(check().problems);
    expect(problem).toMatchObject({ file: 'penulis/tanpa-nama.yaml', field: 'name' });
    expect(problem!.message).toBe('Nama penulis wajib diisi.');
  });
});

describe('checkContent: warnings for what is allowed but unwise', () => {
  it.each([
    ['long title', { title: `"${'a'.repeat(101)}"` }, 'title', 'lebih dari 100 karakter'],
    ['long description', { description: `"${'b'.repeat(161)}"` }, 'description', 'sekitar 160 karakter'],
    ['future date', { pubDate: '2027-01-01' }, 'pubDate', 'Terjadwal: belum terbit; masuk situs pada build tanggal 1 Januari 2027'],
  ])('%s', (_name, change, field, message) => {
    write('artikel/berita/x.mdx', frontmatter({ ...GOOD, ...change }, 'hero:\n  src: ../../gambar/foto.png\n  alt: F\n  credit: R\n'));
    const problems = check().problems;
    expect(errors(problems)).toEqual([]);
    const warning = problems.find((p) => p.field === field)!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain(message);
  });

  it('missing hero image', () => {
    write('artikel/berita/x.mdx', frontmatter(GOOD));
    expect(check().problems).toMatchObject([{ field: 'hero', severity: 'warning' }]);
  });

  it('no draft line: published to the site, but the browser editor would save it as a draft', () => {
    write('artikel/berita/x.mdx', frontmatter({ ...GOOD, draft: undefined }));
    expect(check().problems).toMatchObject([
      { field: 'hero', severity: 'warning' },
      { field: 'draft', severity: 'warning', message: expect.stringContaining('draft: false') },
    ]);
  });
});

describe('formatProblem', () => {
  it('prints file:line  field  message', () => {
    expect(formatProblem({ file: 'a.mdx', line: 3, field: 'title', message: 'Salah.', severity: 'error' })).toBe(
      'a.mdx:3  title  Salah.',
    );
    expect(formatProblem({ file: 'a.mdx', field: '-', message: 'Awas.', severity: 'warning' })).toBe(
      'a.mdx  -  peringatan: Awas.',
    );
  });
});

describe('runChecks: the self-assessment with the rest', () => {
  const all = () => runChecks(dir, { root: dir, now: new Date('2026-11-23T00:00:00Z') }).filter((p) => p.file.startsWith('asesmen/'));
  it('reports mistakes in the assessment files with the rest, in Indonesian', () => {
    rmSync(join(dir, 'asesmen'), { recursive: true });
    cpSync('test/fixtures/asesmen-rusak', join(dir, 'asesmen'), { recursive: true });
    const found = errors(all());
    expect(found.length).toBeGreaterThan(0);
    expect(errors(check().problems)).toEqual([]);
  });

  it('refuses a missing assessment folder, since its page needs it', () => {
    rmSync(join(dir, 'asesmen'), { recursive: true });
    expect(errors(all()).map((p) => p.message)).toContain(
      'Berkas asesmen/pernyataan.yaml tidak ditemukan. Berkas ini wajib ada untuk asesmen.',
    );
  });
});
