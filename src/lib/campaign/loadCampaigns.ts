/**
 * Reads every campaign in `content/donasi/` at build time. Node-only (node:fs): pages call it in
 * their frontmatter and pass plain data to islands; browser code imports the pure modules instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { Campaign } from '../../schemas/campaign';
import { CONTENT_DIR, CONTENT_FOLDERS } from '../content/contentDir';
import { isProblem, parseYaml } from '../content/parseYaml';
import { ContentError, type Problem } from '../content/problems';
import { validateCampaign } from './validateCampaign';

export const DEFAULT_CAMPAIGN_DIR = join(CONTENT_DIR, CONTENT_FOLDERS.campaigns);

const YAML_EXTENSIONS = ['.yaml', '.yml'];

export type CampaignsCheck = { ok: true; campaigns: Campaign[]; problems: [] } | { ok: false; problems: Problem[] };


/**
 * Checks every campaign without throwing, for the content check that lists all problems at once.
 * `dir` is absolute or relative to `root` (default: the working directory); file names in problems
 * are relative to `root`. Campaigns come back sorted by start date, newest first.
 */
export function checkCampaigns(dir: string = DEFAULT_CAMPAIGN_DIR, options: { root?: string } = {}): CampaignsCheck {
  const root = resolve(options.root ?? process.cwd());
  const base = resolve(root, dir);
  const display = (path: string) => relative(root, path).split(sep).join('/');
  if (!existsSync(base)) return { ok: true, campaigns: [], problems: [] };

  const names = readdirSync(base).sort();
  const problems: Problem[] = [];
  const campaigns: Campaign[] = [];
  for (const name of names) {
    const extension = extname(name).toLowerCase();
    const slug = basename(name, extname(name));
    if (extension === '.csv') {
      // A CSV is only read through its campaign; alone it would be ignored without a word.
      if (!YAML_EXTENSIONS.some((ext) => names.includes(`${slug}${ext}`)))
        problems.push({
          file: display(join(base, name)),
          field: '-',
          message: `Tidak ada berkas kampanye ${slug}.yaml untuk data donasi ini. Nama CSV harus sama dengan nama berkas kampanyenya.`,
          severity: 'error',
        });
      continue;
    }
    if (!YAML_EXTENSIONS.includes(extension)) continue;
    const path = join(base, name);
    const yaml = parseYaml(display(path), readFileSync(path, 'utf8'));
    const csvPath = join(base, `${slug}.csv`);
    const csv = existsSync(csvPath) ? { file: display(csvPath), text: readFileSync(csvPath, 'utf8') } : undefined;
    if (isProblem(yaml)) {
      problems.push(yaml);
      continue;
    }
    const result = validateCampaign(yaml, { csv, expectedSlug: slug });
    if (result.ok) campaigns.push(result.campaign);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, problems: [], campaigns: campaigns.sort((a, b) => b.startDate.localeCompare(a.startDate)) };
}

/** Like `checkCampaigns`, but throws `ContentError` listing every problem, so the build stops. */
export function loadCampaigns(dir: string = DEFAULT_CAMPAIGN_DIR, options: { root?: string } = {}): Campaign[] {
  const result = checkCampaigns(dir, options);
  if (!result.ok) throw new ContentError(result.problems);
  return result.campaigns;
}
