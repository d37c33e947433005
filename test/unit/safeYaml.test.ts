import { describe, expect, it } from 'vitest';
import { explainYamlError, loadYamlWithoutAliases } from '~/lib/safeYaml';
import { parseYaml } from '~/check/parseYaml';

/** Nine levels of nine aliases: 9^9 (387 million) strings once expanded, 500 bytes as text. */
const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe('loadYamlWithoutAliases', () => {
  it('refuses an alias bomb at its first anchor, before building any value', () => {
    expect(loadYamlWithoutAliases(BOMB)).toEqual({ ok: false, offset: 4, alias: false });
  });

  it.each([
    ['an anchor alone', 'a: &x 1\n', false],
    ['an alias to a missing anchor', 'a: 1\nb: *x\n', true],
    ['a merge key', 'base: &b {x: 1}\nc:\n  <<: *b\n', false],
  ])('refuses %s', (_name, text, alias) => {
    expect(loadYamlWithoutAliases(text)).toMatchObject({ ok: false, alias });
  });

  it('reads & and * inside quoted text as text', () => {
    expect(loadYamlWithoutAliases('a: "&b"\nc: "*d"\n')).toEqual({ ok: true, data: { a: '&b', c: '*d' } });
  });
});

describe('parseYaml', () => {
  it('names the line of the anchor in frontmatter', () => {
    const result = parseYaml('a.mdx', `---\ntitle: x\nlampiran:\n  ${BOMB.split('\n').join('\n  ')}\n---\n`, true);
    expect(result).toMatchObject({ line: 4, field: '-', message: expect.stringMatching(/^Jangkar YAML \(&nama\) tidak diizinkan/) });
  });

  it.each([
    ['title: a: b', /Indentasi tidak rata.*titik dua/],
    ['a: 1\na: 2', /muncul dua kali/],
    ['a: "x', /Tanda kutip dibuka tetapi tidak ditutup/],
    ['a: [x, y', /Kurung \[ atau \{ dibuka/],
    ['a: !x y', /tag YAML/],
    ['  a: 1\nb: 2', /isian tingkat atas ditulis tanpa spasi/],
  ])('explains the syntax error in %j in Indonesian', (text, message) => {
    const result = parseYaml('a.yaml', text);
    expect(result).toMatchObject({ message: expect.stringMatching(/^Penulisan YAML tidak valid\. /) });
    expect((result as { message: string }).message).toMatch(message);
  });

  it('falls back to a general Indonesian hint', () => {
    expect(explainYamlError('something new')).toMatch(/^Periksa titik dua/);
  });
});
