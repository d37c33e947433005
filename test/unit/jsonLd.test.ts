import { describe, expect, it } from 'vitest';
import { articleLd, breadcrumbList, serializeJsonLd } from '~/lib/jsonLd';

const base = {
  title: 'Judul',
  description: 'Ringkas',
  url: 'https://asnprima.id/berita/a/',
  image: 'https://asnprima.id/a.jpg',
  pubDate: new Date('2026-11-23T00:00:00Z'),
  authorName: 'Redaksi ASN Prima',
  authorType: 'Organization' as const,
  authorUrl: 'https://asnprima.id/penulis/redaksi/',
  publisherName: 'ASN Prima',
  publisherLogo: 'https://asnprima.id/og-default.png',
  keywords: ['a', 'b'],
  section: 'Berita',
};

describe('articleLd', () => {
  it.each([
    ['berita', 'NewsArticle'],
    ['opini', 'OpinionNewsArticle'],
  ] as const)('%s → %s', (kind, type) => {
    const ld = articleLd({ ...base, kind });
    expect(ld['@type']).toBe(type);
    expect(ld.headline).toBe('Judul');
    expect(ld.datePublished).toBe('2026-11-23T00:00:00.000Z');
    expect(ld.dateModified).toBe('2026-11-23T00:00:00.000Z');
    expect(ld.author[0]).toEqual({ '@type': 'Organization', name: 'Redaksi ASN Prima', url: base.authorUrl });
  });

  it('uses the update date as dateModified', () => {
    const ld = articleLd({ ...base, kind: 'berita', updatedDate: new Date('2026-11-30T00:00:00Z') });
    expect(ld.dateModified).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('breadcrumbList', () => {
  it('numbers the crumbs from 1', () => {
    const ld = breadcrumbList([
      { name: 'Beranda', url: 'https://x/' },
      { name: 'Berita', url: 'https://x/berita/' },
    ]);
    expect(ld.itemListElement.map((i) => [i.position, i.name])).toEqual([
      [1, 'Beranda'],
      [2, 'Berita'],
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element, whatever an editor writes', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
