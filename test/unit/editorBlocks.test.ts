import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockPattern, fromBlock, toBlock, type BlockShape } from '~/lib/editor/componentBlocks';
import { blockPreview } from '~/lib/editor/blockPreview';
import { componentForms } from '~/lib/editor/componentForms';
import { COMPONENT_NAMES } from '~/schemas/mdx';

const forms = componentForms([{ slug: 'asn-charity-2025', title: 'ASN Charity Festival ASN 2025' }]);
const shapeOf = (name: string): BlockShape => forms.find((f) => f.shape.name === name)!.shape;

/** Every component example in the writers' guide: the ```mdx blocks, split at blank lines between components. */
function guideExamples(): [string, string][] {
  const guide = readFileSync('PANDUAN-PENULIS.md', 'utf8');
  return [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].flatMap(([, block]) =>
    block!
      .trim()
      .split(/\n(?=<[A-Z])/)
      .map((snippet) => snippet.trim())
      .filter(Boolean)
      .map((snippet) => [/^<(\w+)/.exec(snippet)![1]!, snippet] as [string, string]),
  );
}

describe('the guide', () => {
  it('shows every component at least once', () => {
    expect(new Set(guideExamples().map(([name]) => name))).toEqual(new Set(COMPONENT_NAMES));
  });
});

describe.each(guideExamples())('<%s> example from PANDUAN-PENULIS.md', (name, snippet) => {
  it('is found by its block, read, and written back unchanged', () => {
    const shape = shapeOf(name);
    const match = snippet.match(blockPattern(shape));
    expect(match?.[0]).toBe(snippet);
    expect(toBlock(shape, fromBlock(shape, match!))).toBe(snippet);
  });
});

describe('component blocks', () => {
  it('read props in any order and over several lines, and write them in the schema order', () => {
    const shape = shapeOf('Figure');
    const written = '<Figure\n  credit="Foto: Humas"\n  alt="Relawan di posko."\n  src="../../gambar/posko.jpg"\n/>';
    const values = fromBlock(shape, written.match(blockPattern(shape))!);
    expect(values).toEqual({ src: '../../gambar/posko.jpg', alt: 'Relawan di posko.', credit: 'Foto: Humas' });
    expect(toBlock(shape, values)).toBe('<Figure src="../../gambar/posko.jpg" alt="Relawan di posko." credit="Foto: Humas" />');
  });

  it('write numbers in braces and text with double quotes as a JSON string the content check reads', () => {
    expect(toBlock(shapeOf('YouTube'), { id: 'AbCdEfGhIjK', title: 'Kata "PRIMA"', start: 90 })).toBe(
      '<YouTube id="AbCdEfGhIjK" title={"Kata \\"PRIMA\\""} start={90} />',
    );
    const shape = shapeOf('YouTube');
    expect(fromBlock(shape, '<YouTube id="AbCdEfGhIjK" title={"Kata \\"PRIMA\\""} start={90} />'.match(blockPattern(shape))!)).toEqual({
      id: 'AbCdEfGhIjK',
      title: 'Kata "PRIMA"',
      start: 90,
    });
  });

  it('leave out empty optional props and indent the text between the tags', () => {
    expect(toBlock(shapeOf('Callout'), { type: 'peringatan', title: '', isi: 'Baris satu.\n\nBaris dua.' })).toBe(
      '<Callout type="peringatan">\n  Baris satu.\n\n  Baris dua.\n</Callout>',
    );
  });

  it('refuse a tag inside the text between the tags, which would break the block', () => {
    const isi = forms.find((f) => f.shape.name === 'Callout')!.definition.fields.find((f) => f.name === 'isi') as unknown as { pattern: [string, string] };
    const allowed = new RegExp(isi.pattern[0]);
    expect(allowed.test('Teks biasa, **tebal**, 3 < 4.')).toBe(true);
    expect(allowed.test('Isi\n</Callout>\n<script>alert(1)</script>')).toBe(false);
    expect(allowed.test('<PullQuote by="x">kutipan</PullQuote>')).toBe(false);
  });

  it('do not take a component of another name', () => {
    expect('<CalloutX type="catatan">\n  x\n</CalloutX>'.match(blockPattern(shapeOf('Callout')))).toBeNull();
  });

  it('preview what the writer typed as text, never as markup', () => {
    const html = blockPreview(shapeOf('PullQuote'), { by: '<img src=x onerror=alert(1)>', isi: '<script>alert(1)</script>' });
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('an abandoned block (nothing its component requires)', () => {
  it.each([
    ['YouTube', {}],
    ['YouTube', { id: '', title: ' ', start: null }],
    ['Callout', { type: 'peringatan', isi: '  ' }],
    ['Figure', { caption: '' }],
    ['DonationProgress', { campaign: '' }],
  ] as const)('%s %j is left out of the file', (name, values) => {
    expect(toBlock(shapeOf(name), values)).toBe('');
  });

  it.each([
    ['AssessmentCta', {}, '<AssessmentCta />'],
    ['YouTube', { title: 'Pembukaan posko' }, '<YouTube title="Pembukaan posko" />'],
    ['Callout', { isi: 'Teks.' }, '<Callout>\n  Teks.\n</Callout>'],
  ] as const)('%s %j is written, even when incomplete (the content check names what is missing)', (name, values, mdx) => {
    expect(toBlock(shapeOf(name), values)).toBe(mdx);
  });
});
