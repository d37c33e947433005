import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, type ExcerptPart } from '~/lib/search/searchExcerpt';

const plain = (text: string): ExcerptPart => ({ text, marked: false });
const mark = (text: string): ExcerptPart => ({ text, marked: true });

describe('decodeEntities', () => {
  describe.each([
    ['a &amp; b', 'a & b'],
    ['&lt;script&gt;', '<script>'],
    ['&quot;x&quot; &#39;y&#39; &#x27;z&#x27;', '"x" \'y\' \'z\''],
    ['&unknown; &#0; &#xFFFFFFF;', '&unknown; &#0; &#xFFFFFFF;'],
    ['&#128578;', '🙂'],
  ])('%j', (input, expected) => {
    it(`decodes to ${JSON.stringify(expected)}`, () => expect(decodeEntities(input)).toBe(expected));
  });
});

describe('excerptParts', () => {
  describe.each<[string, ExcerptPart[]]>([
    ['', []],
    ['tanpa sorotan', [plain('tanpa sorotan')]],
    ['petugas harus <mark>melayani</mark> warga', [plain('petugas harus '), mark('melayani'), plain(' warga')]],
    ['<mark>layanan</mark> <mark>publik</mark>', [mark('layanan'), plain(' '), mark('publik')]],
    ['<mark>a</mark><mark>b</mark>', [mark('ab')]],
    ['&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>', [plain('<img src=x onerror=alert(1)> '), mark('x')]],
    ['<img src=x onerror=alert(1)>teks <b>tebal</b>', [plain('teks tebal')]],
    ['<MARK class="x">besar</MARK>', [mark('besar')]],
    ['sisa <mark>tanpa tutup', [plain('sisa '), mark('tanpa tutup')]],
  ])('%j', (html, expected) => {
    it('splits into text parts with only marks flagged', () => expect(excerptParts(html)).toEqual(expected));
  });
});
