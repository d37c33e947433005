/**
 * Every check of editors' content, run before each build (src/integrations/contentCheck.ts) and by
 * `npm run cek`. Each checker reads the content folder and returns its problems; to check a new kind
 * of content, add one line to CHECKERS.
 */
import { join } from 'node:path';
import { checkAssessment } from './loadAssessment.ts';
import { checkCampaigns } from './loadCampaigns.ts';
import { checkComponents } from './checkComponents.ts';
import { CONTENT_FOLDERS } from './contentDir.ts';
import { checkContent } from './checkContent.ts';
import { checkSymlinks } from './symlinks.ts';
import { rememberingReader, type CheckOptions } from './files.ts';
import type { Problem } from './problems.ts';

export type { CheckOptions };

export type Checker = (contentDir: string, options: CheckOptions) => Problem[];

export const CHECKERS: readonly Checker[] = [
  // Frontmatter of articles and pages, authors, references, hero images.
  (dir, options) => checkContent(dir, options).problems,
  // Components in MDX: known names, valid props, images and campaigns that exist.
  checkComponents,
  // Campaigns (content/donasi/): YAML and CSV together, totals against allocations and hand-overs.
  (dir, options) => checkCampaigns(join(dir, CONTENT_FOLDERS.campaigns), options).problems,
  // Symbolic links: the build would follow them to files the other checkers never read.
  checkSymlinks,
  // Self-assessment (content/asesmen/): its page cannot be built without its four files.
  (dir, options) => checkAssessment(join(dir, CONTENT_FOLDERS.assessment), options).problems,
];

/** Runs every checker; problems come sorted by file and line. */
export function runChecks(contentDir: string, options: CheckOptions = {}, checkers: readonly Checker[] = CHECKERS): Problem[] {
  const read = options.read ?? rememberingReader();
  return checkers
    .flatMap((check) => check(contentDir, { ...options, read }))
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
