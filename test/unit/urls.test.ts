import { describe, expect, it } from 'vitest';
import { articleUrl, authorUrl, pageUrl, pillarUrl, shareLinks, tagUrl, topicUrl } from '~/lib/urls';
import { slugify } from '~/vocab/slug';

describe('slugify', () => {
  it.each([
    ['Festival ASN 2025', 'festival-asn-2025'],
    ['  Reformasi   Birokrasi ', 'reformasi-birokrasi'],
    ['Café & Pelayanan!', 'cafe-pelayanan'],
    ['ASN—PRIMA', 'asn-prima'],
    ['<script>', 'script'],
    ['!!!', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('internal URLs', () => {
  it.each([
    [articleUrl('berita', 'festival-asn'), '/berita/festival-asn/'],
    [articleUrl('opini', 'lima-pilar'), '/opini/lima-pilar/'],
    [pillarUrl('melayani'), '/pilar/melayani/'],
    [topicUrl('psr'), '/topik/psr/'],
    [tagUrl('Festival ASN 2025'), '/tag/festival-asn-2025/'],
    [authorUrl('redaksi'), '/penulis/redaksi/'],
    [pageUrl('/berita/', 1), '/berita/'],
    [pageUrl('/berita/', 2), '/berita/2/'],
    [pageUrl('/tag/semarang/', 10), '/tag/semarang/10/'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('shareLinks', () => {
  const links = shareLinks('https://asnprima.id/berita/a/', 'Judul & "kutip"');
  it('offers the four services as plain links', () => {
    expect(links.map((l) => l.name)).toEqual(['WhatsApp', 'Telegram', 'X', 'Facebook']);
  });
  it.each(['WhatsApp', 'Telegram', 'X', 'Facebook'])('%s link carries the encoded page URL', (name) => {
    const href = links.find((l) => l.name === name)!.href;
    expect(href).toMatch(/^https:\/\//);
    expect(href).toContain(encodeURIComponent('https://asnprima.id/berita/a/'));
    expect(href).not.toContain('"');
    expect(href).not.toContain(' ');
  });
});
