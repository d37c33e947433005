import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '~/lib/regExp';

// src/lib/regExp.ts: text put into a regular expression matches itself and nothing else.
describe('escapeRegExp', () => {
  it.each(['a.b', 'harga (Rp)', 'x*y+z?', '^awal$', '[1]{2}', 'a|b', 'c:\\d', 'biasa'])('%s', (text) => {
    const re = new RegExp(`^${escapeRegExp(text)}$`);
    expect(re.test(text)).toBe(true);
    expect(re.test(`${text}!`)).toBe(false);
    if (text.includes('.')) expect(re.test(text.replace('.', 'x'))).toBe(false);
  });
});
