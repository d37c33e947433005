/**
 * Reads the self-assessment from `content/asesmen/`: for the content check, which lists every
 * problem, and at build time for its page, which hands the result to the island as a prop (the
 * island never imports this).
 */
import { join } from 'node:path';
import {
  adviceFileSchema,
  levelsFileSchema,
  scaleFileSchema,
  statementsFileSchema,
  type AssessmentData,
  type PillarAdvice,
} from '../schemas/assessment.ts';
import type { PillarSlug } from '../vocab/taxonomy.ts';
import { CONTENT_DIR, CONTENT_FOLDERS } from './contentDir.ts';
import { isProblem, locate, readParsed, type CheckOptions } from './files.ts';
import type { ParsedFile } from './parseYaml.ts';
import { ContentError, type Checked, type Problem } from './problems.ts';
import { validate } from './validate.ts';

/** The file behind each part; editors find them by these Indonesian names. */
export const ASSESSMENT_FILES = {
  statements: 'pernyataan.yaml',
  scale: 'skala.yaml',
  levels: 'level.yaml',
  advice: 'saran.yaml',
} as const;

export type AssessmentFiles = Record<keyof typeof ASSESSMENT_FILES, ParsedFile>;

export const DEFAULT_ASSESSMENT_DIR = join(CONTENT_DIR, CONTENT_FOLDERS.assessment);

/**
 * Checks all four files at once, so an editor sees every mistake in one run rather than one per
 * build. A part left out (its file could not be read) is skipped: the caller reports why.
 */
export function validateAssessment(files: Partial<AssessmentFiles>): Checked<{ data: AssessmentData }> {
  const problems: Problem[] = [];
  const check = <T>(result: Checked<{ data: T }> | undefined): T | undefined => {
    if (result && !result.ok) problems.push(...result.problems);
    return result?.ok ? result.data : undefined;
  };
  const statements = check(files.statements && validate(files.statements, statementsFileSchema));
  const scale = check(files.scale && validate(files.scale, scaleFileSchema));
  const levels = check(files.levels && validate(files.levels, levelsFileSchema));
  const advice = check(files.advice && validate(files.advice, adviceFileSchema));
  if (!statements || !scale || !levels || !advice) {
    if (problems.length === 0)
      problems.push({ file: '-', field: '-', message: 'Data asesmen tidak lengkap: keempat berkas wajib ada.', severity: 'error' });
    return { ok: false, problems };
  }
  return {
    ok: true,
    problems: [],
    data: {
      statements: statements.statements,
      scale,
      levels: [...levels.levels].sort((a, b) => a.min - b.min),
      // The refinement on the advice file has proved the keys are exactly the five pillars.
      advice: advice.advice as Record<PillarSlug, PillarAdvice>,
    },
  };
}

/**
 * Checks the folder without throwing. `dir` is absolute or relative to `root` (default: the
 * working directory); file names in problems are relative to `root`.
 */
export function checkAssessment(dir: string = DEFAULT_ASSESSMENT_DIR, options: CheckOptions = {}): Checked<{ data: AssessmentData }> {
  const { root, base } = locate(dir, options);
  const problems: Problem[] = [];
  const sources: Partial<AssessmentFiles> = {};
  for (const part of Object.keys(ASSESSMENT_FILES) as (keyof AssessmentFiles)[]) {
    const read = readParsed(root, join(base, ASSESSMENT_FILES[part]), {
      missing: 'Berkas {file} tidak ditemukan. Berkas ini wajib ada untuk asesmen.',
    });
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
export function loadAssessment(dir: string = DEFAULT_ASSESSMENT_DIR, options: CheckOptions = {}): AssessmentData {
  const result = checkAssessment(dir, options);
  if (!result.ok) throw new ContentError(result.problems);
  return result.data;
}
