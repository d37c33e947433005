import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SVELTIA_INDONESIAN, translateSveltia } from '~/integrations/sveltiaIndonesian';

const sveltia = dirname(createRequire(import.meta.url).resolve('@sveltia/cms'));
const english = JSON.parse(readFileSync(join(sveltia, '../locales/en-US.json'), 'utf8')) as Record<string, unknown>;
const at = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], english);
const placeholders = (text: string) => [...new Set(text.match(/\{\$\w+\}/g) ?? [])].sort();

describe('Sveltia CMS in Indonesian', () => {
  it('covers every validation message Sveltia has', () => {
    const keys = (o: unknown, prefix: string): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
    const translated = new Set(SVELTIA_INDONESIAN.map((t) => t.key));
    expect(keys(english['validation'], 'validation.').filter((k) => !translated.has(k))).toEqual([]);
  });

  it.each(SVELTIA_INDONESIAN.map((t) => [t.key, t] as const))('%s: English as the package has it, Indonesian with the same placeholders', (key, t) => {
    expect(at(key)).toBe(t.en);
    expect(placeholders(t.id)).toEqual(placeholders(t.en));
    expect(t.id).not.toBe(t.en);
  });

  it('patches the real npm build: Indonesian in, English out', () => {
    const source = readFileSync(join(sveltia, 'index.js'), 'utf8');
    const code = translateSveltia(source);
    expect(code).toContain('value_missing:`Kolom ini wajib diisi.`');
    expect(code).not.toContain('This field is required.');
    expect(code).toContain('work_with_local_repo:`Buka folder repositori`');
  });

  it('fails loudly, naming the message, when an English text is missing or repeated', () => {
    const texts = [{ key: 'validation.value_missing', en: 'This field is required.', id: 'Kolom ini wajib diisi.' }];
    expect(() => translateSveltia('x={value_missing:`A field is required.`}', texts)).toThrow(/validation\.value_missing \(0×/);
    expect(() => translateSveltia('value_missing:`This field is required.`,value_missing:`This field is required.`', texts)).toThrow(/2×/);
    expect(translateSveltia('{value_missing:`This field is required.`}', texts)).toBe('{value_missing:`Kolom ini wajib diisi.`}');
  });

  it('keeps a hyphenated key quoted and escapes what a template literal would read', () => {
    const texts = [{ key: 'a.datetime-local', en: 'At {$min}.', id: 'Pada `x` ${y} {$min}.' }];
    expect(translateSveltia('{"datetime-local":`At {$min}.`}', texts)).toBe('{"datetime-local":`Pada \\`x\\` \\${y} {$min}.`}');
  });
});
