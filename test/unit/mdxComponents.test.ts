import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import AssessmentCta from '~/components/mdx/AssessmentCta.astro';
import Callout from '~/components/mdx/Callout.astro';
import Figure from '~/components/mdx/Figure.astro';
import PullQuote from '~/components/mdx/PullQuote.astro';
import YouTube from '~/components/mdx/YouTube.astro';
import { mdxComponents } from '~/components/mdx';
import { COMPONENT_NAMES } from '~/schemas/mdx';
import photo from '../../content/gambar/lima-pilar-asn-prima.png';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

type Case = [name: string, component: unknown, props: Record<string, unknown>, slot: string | undefined, expected: RegExp[]];

describe.each<Case>([
  ['Callout (catatan bawaan)', Callout, {}, 'Isi catatan', [/class="callout catatan"/, /role="note"/, />Catatan</, /Isi catatan/]],
  ['Callout peringatan berjudul', Callout, { type: 'peringatan', title: 'Awas' }, 'Hati-hati', [/class="callout peringatan"/, />Awas</]],
  ['PullQuote', PullQuote, { by: 'Jujun Suryana', role: 'penulis' }, 'Kata-kata', [/<blockquote[^>]*>Kata-kata/, /— Jujun Suryana/, /, penulis/]],
  ['Figure', Figure, { src: photo, alt: 'Lima pilar', caption: 'Keterangan', credit: 'Ilustrasi: Redaksi' }, undefined, [/<picture/, /type="image\/avif"/, /type="image\/webp"/, /alt="Lima pilar"/, />Ilustrasi: Redaksi</, />Keterangan</]],
  ['AssessmentCta', AssessmentCta, { label: 'Coba sekarang' }, undefined, [/href="\/asesmen-prima\/"/, />Coba sekarang</, /Seberapa PRIMA/]],
  ['YouTube', YouTube, { id: 'dQw4w9WgXcQ', title: 'Video uji', start: 30 }, undefined, [/href="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?autoplay=1&amp;start=30"/, /Putar video: Video uji/]],
])('%s', (_name, component, props, slot, expected) => {
  it('renders as documented, without a script or an iframe', async () => {
    const html = await container.renderToString(component as never, { props, ...(slot ? { slots: { default: slot } } : {}) });
    for (const pattern of expected) expect(html).toMatch(pattern);
    expect(html).not.toMatch(/<script|<iframe/);
  });
});

describe.each<[string, unknown, Record<string, unknown>, RegExp]>([
  ['Callout', Callout, { type: 'info' }, /<Callout> di content\/artikel\/x\.mdx:3 tidak valid:\n {2}type {2}Jenis \(type\) harus "catatan" atau "peringatan"/],
  ['PullQuote', PullQuote, {}, /by {2}Sumber kutipan \(by\) wajib diisi/],
  ['Figure', Figure, { src: './hilang.jpg', alt: 'x', credit: 'y' }, /src {2}Berkas gambar "\.\/hilang\.jpg" tidak ditemukan/],
  ['Figure', Figure, { src: photo, alt: '  ', credit: 'y' }, /alt {2}Teks alternatif \(alt\) wajib diisi/],
  ['AssessmentCta', AssessmentCta, { judul: 'x' }, /Prop tidak dikenal: judul/],
  ['YouTube', YouTube, { id: 'https://youtu.be/x', title: 'x' }, /id {2}Kode video \(id\) harus 11 karakter/],
])('<%s> rejects bad props', (_name, component, props, message) => {
  it(`with ${JSON.stringify(props).slice(0, 40)}`, async () => {
    await expect(container.renderToString(component as never, { props: { ...props, __source: 'content/artikel/x.mdx:3' } })).rejects.toThrow(message);
  });
});

describe('mdxComponents', () => {
  it('registers every component the check knows', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...COMPONENT_NAMES].sort());
  });
});
