/**
 * Fixes applied to Sveltia CMS's npm build at bundle time (src/integrations/redaksiBundle.ts).
 *
 * Sveltia 0.221.1 stores each component block's form values with the component's internal id,
 * `x-<name>` (e.g. `x-YouTube`), but looks the component up by the registered name (`YouTube`):
 * the lookup fails, so the block's fields are never validated — not when its dialog is
 * confirmed, not on save — and a required or patterned prop passes empty or wrong. The lookup
 * is taught to accept the internal id too. The patch fails loudly when the lookup is not found
 * exactly once, so an upgrade (which may fix or move it) gets a look.
 */

/**
 * Replaces the one place `pattern` (global) matches; throws naming `what` when it matches 0 or
 * several times, since then the package is not the one the patch was written for.
 */
function patchOnce(source: string, pattern: RegExp, replace: (match: string, ...groups: string[]) => string, what: string): string {
  const found = [...source.matchAll(pattern)].length;
  if (found !== 1)
    throw new Error(`Ruang redaksi: ${what} di Sveltia CMS ditemukan ${found}× (diharapkan 1×); periksa versi paketnya dan src/integrations/sveltiaFixes.ts.`);
  return source.replace(pattern, replace);
}

/** `SL=e=>{let t=BP.get(e);return t?{...t,id:\`x-${e}\`}…`, whatever the minifier named things. */
const COMPONENT_LOOKUP = /([\w$]+)=([\w$]+)=>\{let ([\w$]+)=([\w$]+)\.get\(\2\);return \3\?\{\.\.\.\3,id:`x-\$\{\2\}`\}/g;

export function fixComponentFieldLookup(source: string): string {
  return patchOnce(
    source,
    COMPONENT_LOOKUP,
    (_, fn, name, def, map) =>
      `${fn}=${name}=>{${name}=typeof ${name}=="string"&&!${map}.has(${name})&&${name}.startsWith("x-")?${name}.slice(2):${name};let ${def}=${map}.get(${name});return ${def}?{...${def},id:\`x-\${${name}}\`}`,
    'pencarian komponen',
  );
}

/** Where Sveltia sets the page's language to its interface locale: `document.documentElement.lang=t;`. */
const PAGE_LANG = /document\.documentElement\.lang=([\w$]+);/g;

/**
 * Sveltia sets `<html lang>` to its interface locale, `en-US` for our writers, whose interface is
 * the English one made Indonesian (sveltiaIndonesian.ts) around Indonesian forms: the page then
 * says `id`, so screen readers read it as Indonesian. Another interface locale is kept as it is.
 */
export function indonesianPageLanguage(source: string): string {
  return patchOnce(source, PAGE_LANG, (_, locale) => `document.documentElement.lang=${locale}===\`en-US\`?\`id\`:${locale};`, 'baris bahasa halaman');
}
