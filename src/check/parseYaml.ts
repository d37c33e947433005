/**
 * Parses what editors write in YAML (data files, or an article's frontmatter) into either the data
 * or one located problem, never an exception: every content checker uses this, so a broken file
 * reads the same wherever it is found.
 */
import { YAMLException } from 'js-yaml';
import { explainYamlError, lineAt, loadYamlWithoutAliases } from '../lib/safeYaml.ts';
import type { Problem } from './problems.ts';

export interface ParsedFile {
  /** Path as shown to editors. */
  file: string;
  /** The whole text of the file, for locating fields. */
  source: string;
  data: unknown;
}

const FRONTMATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

export function parseYaml(file: string, source: string, frontmatter = false): ParsedFile | Problem {
  let text = source;
  let offset = 0;
  if (frontmatter) {
    const match = FRONTMATTER_RE.exec(source);
    if (!match) {
      return {
        file,
        line: 1,
        field: '-',
        message: 'Frontmatter tidak ditemukan: berkas harus diawali baris "---", diikuti data artikel, lalu "---" lagi.',
        severity: 'error',
      };
    }
    text = match[1] ?? '';
    offset = 1;
  }
  try {
    const loaded = loadYamlWithoutAliases(text);
    if (!loaded.ok) {
      return {
        file,
        line: lineAt(text, loaded.offset) + 1 + offset,
        field: '-',
        message: `${loaded.alias ? 'Alias YAML (*nama)' : 'Jangkar YAML (&nama)'} tidak diizinkan di berkas konten. Tulis setiap nilai lengkap di tempatnya; jangan pakai & dan * di awal nilai (apit dengan tanda kutip bila teksnya memang diawali tanda itu).`,
        severity: 'error',
      };
    }
    const data = loaded.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { file, line: 1 + offset, field: '-', message: 'Isi berkas harus berupa pasangan "nama: nilai".', severity: 'error' };
    }
    return { file, source, data };
  } catch (error) {
    const yamlError = error instanceof YAMLException ? error : undefined;
    return {
      file,
      line: (yamlError?.mark?.line ?? 0) + 1 + offset,
      field: '-',
      message: `Penulisan YAML tidak valid. ${explainYamlError(yamlError?.reason ?? '')}`,
      severity: 'error',
    };
  }
}

export function isProblem(value: ParsedFile | Problem): value is Problem {
  return 'message' in value;
}
