/**
 * Reads YAML that editors write, refusing anchors (`&name`) and aliases (`*name`). Nobody needs
 * them in an article or a data file, and an alias bomb (aliases of aliases, nine levels deep) is
 * a few hundred bytes that expand to gigabytes once anything copies the data. The refusal happens
 * on the parser's event stream, before any value is built, so the bomb never expands.
 */
import { EVENT_ID, YAMLException, constructFromEvents, parseEvents } from 'js-yaml';

export type SafeYaml = { ok: true; data: unknown } | { ok: false; offset: number; alias: boolean };

/** Loads one YAML document; throws `YAMLException` on a syntax error, like js-yaml's `load`. */
export function loadYamlWithoutAliases(text: string): SafeYaml {
  const events = parseEvents(text, {});
  for (const event of events) {
    if (event.type === EVENT_ID.ALIAS) return { ok: false, offset: event.anchorStart, alias: true };
    if ('anchorStart' in event && event.anchorStart !== -1) return { ok: false, offset: event.anchorStart, alias: false };
  }
  const documents = constructFromEvents(events, { source: text });
  if (documents.length > 1) throw new YAMLException('expected a single document in the stream, but found more');
  return { ok: true, data: documents[0] };
}

/** 0-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** js-yaml's reason for a syntax error (English) as a plain Indonesian sentence saying what to fix. */
export function explainYamlError(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'Nama isian yang sama muncul dua kali; hapus salah satunya.';
  if (/quoted scalar/.test(reason)) return 'Tanda kutip dibuka tetapi tidak ditutup.';
  if (/flow collection/.test(reason)) return 'Kurung [ atau { dibuka tetapi tidak ditutup.';
  if (/unknown .*tag/.test(reason)) return 'Nilai yang diawali ! dibaca sebagai tag YAML; apit teksnya dengan tanda kutip ganda.';
  if (/document separator is expected/.test(reason))
    return 'Indentasi baris ini tidak cocok dengan baris sebelumnya; isian tingkat atas ditulis tanpa spasi di depannya.';
  if (/indentation/.test(reason))
    return 'Indentasi tidak rata (pakai dua spasi per tingkat), atau teks memuat titik dua: apit teks seperti itu dengan tanda kutip ganda.';
  return 'Periksa titik dua, tanda kutip, dan indentasi (dua spasi per tingkat); apit teks yang memuat : dengan tanda kutip ganda.';
}
