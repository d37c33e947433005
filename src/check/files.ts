/**
 * How every check finds and names files: one root, paths shown to editors relative to it with
 * forward slashes (the same on Windows), and one lister for the files of a content folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { isProblem, parseYaml, type ParsedFile } from './parseYaml.ts';
import type { Problem } from './problems.ts';

export interface CheckOptions {
  /** Project root; paths in problems are relative to it. Default: the working directory. */
  root?: string;
  /** Decides which publication dates are "in the future". */
  now?: Date;
  /** Reads a file as text; `runChecks` passes one that remembers, so checkers sharing a file read it once. */
  read?: (path: string) => string;
}

const readText = (path: string) => readFileSync(path, 'utf8');

/** A reader that keeps what it has read, for one run of the checks (articles are read by two checkers). */
export function rememberingReader(): (path: string) => string {
  const texts = new Map<string, string>();
  return (path) => {
    let text = texts.get(path);
    if (text === undefined) texts.set(path, (text = readText(path)));
    return text;
  };
}

/** The project root and `dir` (absolute, or relative to the root) as absolute paths. */
export function locate(dir: string, options: Pick<CheckOptions, 'root'> = {}): { root: string; base: string } {
  const root = resolve(options.root ?? process.cwd());
  return { root, base: resolve(root, dir) };
}

/** `path` as editors see it in problems: relative to `root`, with forward slashes. */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * Files in `dir` whose extension (any case) is one of `extensions`, sorted; subfolders too unless
 * `recursive` is false. A missing folder has no files.
 */
export function listFiles(dir: string, extensions: readonly string[], { recursive = true } = {}): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive })
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Reads and parses one file (YAML, or the frontmatter of Markdown/MDX). A file that cannot be read
 * becomes a problem saying `missing`, so a required file that is absent reads like any mistake.
 */
export function readParsed(
  root: string,
  path: string,
  {
    frontmatter = false,
    missing = 'Berkas tidak dapat dibaca.',
    read = readText,
  }: { frontmatter?: boolean; missing?: string; read?: CheckOptions['read'] } = {},
): ParsedFile | Problem {
  const file = displayPath(root, path);
  let source: string;
  try {
    source = read(path);
  } catch {
    return { file, field: '-', message: missing.replaceAll('{file}', file), severity: 'error' };
  }
  return parseYaml(file, source, frontmatter);
}

export { isProblem };
