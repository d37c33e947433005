import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '~/check/checks';
import { NewArticleError, createArticle, datedSlug, titleSlug, type NewArticle } from '~/check/newArticle';

function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asn-baru-'));
  for (const folder of ['penulis', 'gambar', 'asesmen']) cpSync(join('content', folder), join(dir, folder), { recursive: true });
  return dir;
}

const NOW = new Date('2026-03-05T09:00:00+07:00');
const ARTICLE: NewArticle = {
  kind: 'opini',
  title: 'Melayani Warga di Era Digital',
  author: 'redaksi',
  pillars: ['melayani', 'inovatif'],
  topics: ['prima'],
  tags: ['pelayanan publik', 'digitalisasi'],
};

describe.each([
  ['Melayani Warga di Era Digital', 'melayani-warga-di-era-digital'],
  ['ASN "PRIMA": Apa Itu?', 'asn-prima-apa-itu'],
  ['Kopi & Koperasi — édisi khusus', 'kopi-koperasi-edisi-khusus'],
  ['  ', ''],
  ['Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas', 'satu-dua-tiga-empat-lima-enam-tujuh-delapan-sembilan-sepuluh'],
])('titleSlug(%j)', (title, slug) => {
  it(`is "${slug}"`, () => expect(titleSlug(title)).toBe(slug));
});

describe.each(['', '!!!', '2025', '—'])('datedSlug(%j)', (title) => {
  it('refuses a title that makes no usable address', () => expect(() => datedSlug(title, NOW)).toThrow(NewArticleError));
});

describe('createArticle', () => {
  it('writes a draft with a dated slug that passes every check', () => {
    const dir = contentCopy();
    const created = createArticle(ARTICLE, { contentDir: dir, root: dir, now: NOW });
    expect(created).toEqual({
      file: 'artikel/opini/2026-03-05-melayani-warga-di-era-digital.mdx',
      slug: '2026-03-05-melayani-warga-di-era-digital',
      url: '/opini/2026-03-05-melayani-warga-di-era-digital/',
    });
    const source = readFileSync(join(dir, created.file), 'utf8');
    expect(source).toMatch(/^draft: true$/m);
    expect(source).toMatch(/^pillars:\n {2}- melayani\n {2}- inovatif$/m);
    const errors = runChecks(dir, { root: dir, now: NOW }).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('never overwrites an existing file', () => {
    const dir = contentCopy();
    const { file } = createArticle(ARTICLE, { contentDir: dir, root: dir, now: NOW });
    writeFileSync(join(dir, file), 'tulisan editor');
    expect(() => createArticle(ARTICLE, { contentDir: dir, root: dir, now: NOW })).toThrow(/sudah ada dan tidak akan ditimpa/);
    // The same title as the other kind would share the slug; refused too.
    expect(() => createArticle({ ...ARTICLE, kind: 'berita' }, { contentDir: dir, root: dir, now: NOW })).toThrow(/sudah ada/);
    expect(readFileSync(join(dir, file), 'utf8')).toBe('tulisan editor');
  });

  describe.each<[string, Partial<NewArticle>, RegExp]>([
    ['an unknown author', { author: 'budi' }, /Penulis "budi" tidak dikenal/],
    ['an unknown pillar', { pillars: ['jujur' as never] }, /Pilar "jujur" tidak dikenal/],
    ['no topic', { topics: [] }, /setidaknya satu topik/],
    ['an empty title', { title: ' ' }, /Judul wajib diisi/],
  ])('refuses %s', (_what, change, message) => {
    it('and writes nothing', () => {
      const dir = contentCopy();
      expect(() => createArticle({ ...ARTICLE, ...change }, { contentDir: dir, root: dir, now: NOW })).toThrow(message);
      expect(existsSync(join(dir, 'artikel'))).toBe(false);
    });
  });
});

describe('npm run baru with flags', () => {
  const args = (dir: string) => ['tsx', 'scripts/baru.ts', '--konten', dir, '--tanggal', '2026-03-05', '--jenis', 'berita', '--judul', 'Festival Relawan Kota', '--penulis', 'redaksi', '--pilar', 'melayani', '--topik', 'psr', '--tag', 'relawan,kota'];

  it('creates the file without asking, says it is a draft and how to preview it, then refuses to overwrite it', () => {
    const dir = contentCopy();
    const first = spawnSync('npx', args(dir), { encoding: 'utf8' });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('2026-03-05-festival-relawan-kota.mdx');
    expect(first.stdout).toMatch(/DRAF/);
    expect(first.stdout).toContain('npm run dev');
    expect(first.stdout).toContain('http://localhost:4321/berita/2026-03-05-festival-relawan-kota/');
    const second = spawnSync('npx', args(dir), { encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/tidak akan ditimpa/);
  });

  it.each(['2026-02-30', 'kemarin'])('refuses the date %s before asking anything, and writes nothing', (bad) => {
    const dir = contentCopy();
    const run = spawnSync('npx', args(dir).map((a) => (a === '2026-03-05' ? bad : a)), { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`--tanggal "${bad}" bukan tanggal yang ada`);
    expect(existsSync(join(dir, 'artikel'))).toBe(false);
  });
});
