/**
 * One shape for every content mistake an editor can make, whoever finds it (the content check,
 * the build, `npm run cek`), so messages look the same everywhere: `file:line  field  message`.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when the field could be located. */
  line?: number;
  /** Dotted path of the field (`hero.alt`, `pillars.2`), or `-` for the file as a whole. */
  field: string;
  /** A sentence in Indonesian saying what is wrong and what is expected. */
  message: string;
  severity: Severity;
}

/** What a zod issue carries that we need; kept structural so this module needs no zod import. */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '-' : path.map(String).join('.');
}

/**
 * Finds the line of a field in YAML-like source (frontmatter or a data file) by walking the path:
 * each string segment must appear as a `key:` after the line of the previous one. Array indices are
 * matched against `- ` items. Returns undefined when the field is absent (e.g. a missing field).
 */
export function findFieldLine(source: string, path: readonly PropertyKey[], firstLine = 1): number | undefined {
  const lines = source.split(/\r?\n/);
  let from = firstLine - 1;
  let found: number | undefined;
  for (const segment of path) {
    let hit = -1;
    if (typeof segment === 'number') {
      let seen = -1;
      for (let i = found === undefined ? from : found; i < lines.length; i++) {
        const text = lines[i] ?? '';
        // Inline list `key: [a, b]` keeps every item on the key's own line.
        if (i === found && /\[.*\]/.test(text)) {
          hit = i;
          break;
        }
        if (/^\s*-\s/.test(text)) seen++;
        if (seen === segment) {
          hit = i;
          break;
        }
      }
    } else {
      const key = String(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`^\\s*(?:-\\s+)?["']?${key}["']?\\s*:`);
      for (let i = found ?? from; i < lines.length; i++) {
        if (re.test(lines[i] ?? '')) {
          hit = i;
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

/** Turns schema issues into problems, locating each field in the source when it can. */
export function issuesToProblems(
  file: string,
  issues: readonly IssueLike[],
  source = '',
  firstLine = 1,
): Problem[] {
  return issues.map((issue) => {
    const line = findFieldLine(source, issue.path, firstLine);
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
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
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
