/**
 * Reads the self-assessment from `content/asesmen/` at build time. Node-only (node:fs): pages call
 * it in their frontmatter and hand the result to the island as a prop; the island never imports it.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import {
  validateAssessment,
  type AssessmentData,
  type AssessmentFiles,
  type SourceFile,
} from '../../schemas/assessment';
import { CONTENT_DIR, CONTENT_FOLDERS } from '../content/contentDir';
import { isProblem, parseYaml } from '../content/parseYaml';
import { ContentError, type Problem } from '../content/problems';

/** The file behind each part; editors find them by these Indonesian names. */
export const ASSESSMENT_FILES = {
  statements: 'pernyataan.yaml',
  scale: 'skala.yaml',
  levels: 'level.yaml',
  advice: 'saran.yaml',
} as const satisfies Record<keyof AssessmentFiles, string>;

export const DEFAULT_ASSESSMENT_DIR = join(CONTENT_DIR, CONTENT_FOLDERS.assessment);

/** Reads and parses one file, turning a missing file or broken YAML into a problem. */
function readSource(path: string, file: string): SourceFile | Problem {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return { file, field: '-', message: `Berkas ${file} tidak ditemukan. Berkas ini wajib ada untuk asesmen.`, severity: 'error' };
  }
  return parseYaml(file, source);
}

export type AssessmentCheck = { ok: true; data: AssessmentData; problems: [] } | { ok: false; problems: Problem[] };

/**
 * Checks the folder without throwing, for the content check that lists every problem of the site.
 * `dir` is absolute or relative to `root` (default: the working directory); file names in problems
 * are relative to `root`.
 */
export function checkAssessment(dir: string = DEFAULT_ASSESSMENT_DIR, options: { root?: string } = {}): AssessmentCheck {
  const root = resolve(options.root ?? process.cwd());
  const base = resolve(root, dir);
  const problems: Problem[] = [];
  const sources: Partial<AssessmentFiles> = {};
  for (const part of Object.keys(ASSESSMENT_FILES) as (keyof AssessmentFiles)[]) {
    const path = join(base, ASSESSMENT_FILES[part]);
    const read = readSource(path, relative(root, path).split(sep).join('/'));
    if (isProblem(read)) problems.push(read);
    else sources[part] = read;
  }
  const result = validateAssessment(sources);
  // Problems of the files that could be read are still worth showing beside the missing ones.
  // Its own "incomplete" notice (file "-") would only repeat the missing-file problems.
  if (problems.length > 0)
    return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems.filter((p) => p.file !== '-'))] };
  return result;
}

/** Like `checkAssessment`, but throws `ContentError` listing every problem, so the build stops. */
export function loadAssessment(dir: string = DEFAULT_ASSESSMENT_DIR, options: { root?: string } = {}): AssessmentData {
  const result = checkAssessment(dir, options);
  if (!result.ok) throw new ContentError(result.problems);
  return result.data;
}
