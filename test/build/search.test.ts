import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles, pathOf } from './dist';

/** Pagefind's fragments are gzip with a 12-byte signature before the JSON of one indexed page. */
interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}
function fragments(site: string): Fragment[] {
  const dir = join(site, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).subarray(12).toString('utf8')));
}

describe.each([
  ['the site', 'dist'],
  ['the fixture corpus', 'test/.output/dist-corpus'],
])('search index of %s', (_name, site) => {
  it('is written into the build output, in Indonesian', () => {
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['id']);
  });

  it('holds every page that carries data-pagefind-body, and no other', () => {
    // Pagefind reads only some folders (src/integrations/pagefind.ts): a page marked for search outside them would be lost.
    const marked = listFiles(site, '.html')
      .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))
      .map((file) => pathOf(site, file));
    expect(marked.length).toBeGreaterThan(5);
    expect(fragments(site).map((f) => f.url).sort()).toEqual(marked.sort());
  });
});

describe('search index of the site', () => {
  const all = fragments('dist');
  const byUrl = (url: string) => all.find((f) => f.url === url);

  it('holds articles, pillar pages and the PSR page, but not listings or the search page', () => {
    const urls = all.map((f) => f.url);
    expect(urls).toEqual(expect.arrayContaining(['/psr/', '/pilar/melayani/', '/opini/lima-pilar-asn-prima/']));
    expect(urls.filter((u) => /^\/(berita|opini)\/$|^\/cari\/|^\/tag\//.test(u))).toEqual([]);
  });

  it('indexes only the article itself: no navigation, byline, footer, related list or share links', () => {
    const article = byUrl('/opini/lima-pilar-asn-prima/')!;
    for (const chrome of ['Langsung ke konten utama', 'Navigasi', 'Baca juga', 'Bagikan', 'Oleh Redaksi']) {
      expect(article.content).not.toContain(chrome);
    }
    expect(article.content.startsWith(article.meta['title']!)).toBe(true);
  });

  it('gives articles the metadata and filters the results page shows', () => {
    const article = byUrl('/opini/lima-pilar-asn-prima/')!;
    expect(Object.keys(article.meta).sort()).toEqual(['date', 'image', 'image_alt', 'title']);
    expect(article.meta['image_alt']).not.toBe('');
    expect(article.filters).toMatchObject({ jenis: ['Opini'], topik: ['ASN PRIMA'] });
    expect(article.filters['tahun']![0]).toMatch(/^\d{4}$/);
    expect(byUrl('/pilar/melayani/')!.filters).toEqual({ pilar: ['Melayani'] });
  });
});

describe('generated index files', () => {
  it('are neither in public/ nor tracked by git', () => {
    expect(existsSync('public/pagefind')).toBe(false);
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
    expect(tracked.filter((f) => /(^|\/)pagefind\/|\.pf_(index|fragment|filter|meta)$/.test(f))).toEqual([]);
  });
});
