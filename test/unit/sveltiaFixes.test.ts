import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fixComponentFieldLookup, indonesianPageLanguage } from '~/integrations/sveltiaFixes';

describe('fixComponentFieldLookup', () => {
  const minified = 'SL=e=>{let t=BP.get(e);return t?{...t,id:`x-${e}`}:the().find(({id:t})=>t===e)}';

  it('finds a block\'s fields by the internal id `x-<name>` as well as by name', () => {
    const code = fixComponentFieldLookup(minified);
    const BP = new Map([['YouTube', { fields: ['id'] }]]);
    const the = () => [{ id: 'image', fields: ['src'] }];
    const SL = new Function('BP', 'the', `let SL;${code};return SL;`)(BP, the) as (name: string) => { id: string; fields: string[] } | undefined;
    expect(SL('x-YouTube')).toEqual({ id: 'x-YouTube', fields: ['id'] });
    expect(SL('YouTube')).toEqual({ id: 'x-YouTube', fields: ['id'] });
    expect(SL('image')).toEqual({ id: 'image', fields: ['src'] });
    expect(SL('x-Unknown')).toBeUndefined();
  });

  it('patches the real npm build exactly once', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('@sveltia/cms'), 'utf8');
    expect(fixComponentFieldLookup(source)).not.toBe(source);
  });

  it('fails loudly when the lookup is gone or repeated', () => {
    expect(() => fixComponentFieldLookup('SL=e=>BP.get(e)')).toThrow(/0× \(diharapkan 1×\)/);
    expect(() => fixComponentFieldLookup(`${minified};${minified}`)).toThrow(/2×/);
  });
});

describe('indonesianPageLanguage', () => {
  it('keeps the page Indonesian under the (Indonesian-made) en-US interface, and other locales as they are', () => {
    const code = indonesianPageLanguage('set(t){document.documentElement.lang=t;}');
    const doc = { documentElement: { lang: '' } };
    const set = new Function('document', `return {${code}}.set;`)(doc) as (locale: string) => void;
    set('en-US');
    expect(doc.documentElement.lang).toBe('id');
    set('ja');
    expect(doc.documentElement.lang).toBe('ja');
  });

  it('patches the real npm build, and fails loudly when the line is gone', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('@sveltia/cms'), 'utf8');
    expect(indonesianPageLanguage(source)).toContain('document.documentElement.lang=t===`en-US`?`id`:t;');
    expect(() => indonesianPageLanguage('document.lang=t;')).toThrow(/0×/);
  });
});
