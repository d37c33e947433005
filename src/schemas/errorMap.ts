/**
 * Zod's own messages ("Too small: expected string to have >=1 characters") in plain Indonesian,
 * for any rule a schema declares without a message of its own. Installed as zod's locale (the
 * lowest priority), so every message written in a schema still wins. Imported for its effect by
 * ./shared.ts and ./mdx/props.ts, which every schema editors meet goes through.
 */
import { z } from 'astro/zod';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['localeError']>>[0];

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar',
  object: 'pasangan "nama: nilai"',
  date: 'tanggal (TTTT-BB-HH)',
};

const typeName = (type: unknown) => TYPE_NAMES[String(type)] ?? 'nilai lain';

function message(issue: Issue): string | undefined {
  const i = issue as Issue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type':
      return i['input'] === undefined ? 'Isian ini wajib diisi.' : `Isian ini harus berupa ${typeName(i['expected'])}.`;
    case 'too_small':
      if (i['origin'] === 'string') return Number(i['minimum']) <= 1 ? 'Isian ini tidak boleh kosong.' : `Isian ini paling sedikit ${String(i['minimum'])} karakter.`;
      if (i['origin'] === 'array') return `Daftar ini paling sedikit berisi ${String(i['minimum'])} butir.`;
      return `Nilai ini paling kecil ${String(i['minimum'])}.`;
    case 'too_big':
      if (i['origin'] === 'string') return `Isian ini paling panjang ${String(i['maximum'])} karakter.`;
      if (i['origin'] === 'array') return `Daftar ini paling banyak berisi ${String(i['maximum'])} butir.`;
      return `Nilai ini paling besar ${String(i['maximum'])}.`;
    case 'invalid_value':
      return `Nilai tidak dikenal. Pilihan: ${((i['values'] as unknown[] | undefined) ?? []).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_format':
      return i['format'] === 'url' ? 'Alamat harus berupa URL lengkap, diawali https://.' : 'Penulisan nilai ini tidak sesuai format yang diminta.';
    case 'unrecognized_keys':
      return `Isian tidak dikenal: ${((i['keys'] as string[] | undefined) ?? []).join(', ')}. Periksa ejaannya.`;
    case 'invalid_union':
      return 'Nilai ini tidak cocok dengan bentuk yang diminta.';
    default:
      return undefined;
  }
}

const fallback = z.locales.id().localeError;

z.config({ localeError: (issue) => message(issue) ?? fallback?.(issue) ?? 'Nilai ini tidak valid.' });
