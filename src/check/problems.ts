/**
 * One shape for every content mistake an editor can make, whoever finds it (the content check,
 * the build, `npm run cek`), so messages look the same everywhere: `file:line  field  message`.
 */
import { escapeRegExp } from '../lib/regExp.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when the field could be located. */
  line?: number;
  /** 1-based column, when the parser gives one (MDX syntax errors). */
  column?: number;
  /** Dotted path of the field (`hero.alt`, `pillars.2`), or `-` for the file as a whole. */
  field: string;
  /** A sentence in Indonesian saying what is wrong and what is expected. */
  message: string;
  severity: Severity;
}

/**
 * What every check returns: on success the checked value under its own name (`data`, `campaign`,
 * ...) and no problems; otherwise every problem found, never only the first.
 */
export type Checked<T extends object> = ({ ok: true; problems: [] } & T) | { ok: false; problems: Problem[] };

/** What a zod issue carries that we need; kept structural so this module needs no zod import. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  /** Set by zod; `unrecognized_keys` issues name the keys here rather than in `path`. */
  code?: string;
  keys?: readonly string[];
}

/** The line an issue belongs to, when it can be told. */
export type Locate = (issue: IssueLike) => number | undefined;

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '-' : path.map(String).join('.');
}

/**
 * Finds the line of a field in YAML-like source (frontmatter or a data file) by walking the path.
 * Each segment is looked for only inside the block of the previous one (the lines indented deeper
 * than it), so a key missing from one list entry is never "found" in the next entry. When a
 * segment is absent (a missing field), the line of the deepest segment found is returned, which
 * points the editor at the entry to fix; undefined when not even the first segment is there.
 */
export function findFieldLine(source: string, path: readonly PropertyKey[], firstLine = 1): number | undefined {
  const lines = source.split(/\r?\n/);
  const indent = (i: number) => (lines[i] ?? '').search(/\S/);
  /** End (exclusive) of the block that starts at line `i` whose own content starts at column `col`. */
  const blockEnd = (i: number, col: number) => {
    let j = i + 1;
    while (j < lines.length && (indent(j) < 0 || indent(j) > col || /^\s*#/.test(lines[j] ?? ''))) j++;
    return j;
  };
  let from = firstLine - 1;
  let end = lines.length;
  let found: number | undefined;
  for (const segment of path) {
    let hit = -1;
    if (typeof segment === 'number') {
      // Inline list `key: [a, b]` keeps every item on the key's own line.
      if (found !== undefined && /:\s*\[/.test(lines[found] ?? '')) {
        hit = found;
      } else {
        let seen = -1;
        let dashCol = -1;
        for (let i = found === undefined ? from : found + 1; i < end; i++) {
          const m = /^(\s*)-(\s|$)/.exec(lines[i] ?? '');
          if (!m) continue;
          const col = m[1]!.length;
          if (dashCol < 0) dashCol = col;
          if (col !== dashCol) continue;
          if (++seen === segment) {
            hit = i;
            break;
          }
        }
        if (hit >= 0) end = blockEnd(hit, indent(hit));
      }
    } else {
      const key = escapeRegExp(String(segment));
      const re = new RegExp(`^(\\s*(?:-\\s+)?)["']?${key}["']?\\s*:`);
      for (let i = found === undefined ? from : found; i < end; i++) {
        const m = re.exec(lines[i] ?? '');
        // Outside a list entry, only keys at the block's own depth count (not a same-named key nested deeper).
        if (m && (found === undefined ? indent(i) === 0 || from > 0 : true)) {
          hit = i;
          end = blockEnd(i, m[1]!.length);
          break;
        }
      }
    }
    if (hit < 0) break;
    found = hit;
    from = hit;
  }
  return found === undefined ? undefined : found + 1;
}

/**
 * Turns schema issues into problems, locating each field in YAML-like `source` (or with a `Locate`
 * of the caller's, e.g. the attribute of an MDX component) when it can.
 */
export function issuesToProblems(
  file: string,
  issues: readonly IssueLike[],
  source: string | Locate = '',
  firstLine = 1,
): Problem[] {
  const locate: Locate = typeof source === 'function' ? source : (issue) => findFieldLine(source, issue.path, firstLine);
  return issues.map((issue) => {
    const line = locate(issue);
    return {
      file,
      ...(line === undefined ? {} : { line }),
      field: fieldName(issue.path),
      message: issue.message,
      severity: 'error' as const,
    };
  });
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  const tag = p.severity === 'warning' ? 'peringatan: ' : '';
  return `${where}  ${p.field}  ${tag}${p.message}`;
}

/** A summary line in Indonesian: "2 galat, 1 peringatan". */
export function summarize(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} galat, ${warnings} peringatan`;
}

/** Thrown when content is wrong; its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `Konten tidak valid (${summarize(problems)}). Perbaiki lalu jalankan lagi:\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
