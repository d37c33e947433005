/**
 * Reads every campaign in `content/donasi/`: for the content check, which lists every problem, and
 * at build time for the pages, which hand plain data to islands (islands never import this).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Campaign } from '../schemas/campaign.ts';
import { CAMPAIGN_EXTENSIONS } from './campaignExists.ts';
import { CONTENT_DIR, CONTENT_FOLDERS } from './contentDir.ts';
import { displayPath, isProblem, listFiles, locate, readParsed, type CheckOptions } from './files.ts';
import { ContentError, type Checked, type Problem } from './problems.ts';
import { validateCampaign } from './validateCampaign.ts';

export const DEFAULT_CAMPAIGN_DIR = join(CONTENT_DIR, CONTENT_FOLDERS.campaigns);

/**
 * Checks every campaign without throwing. `dir` is absolute or relative to `root` (default: the
 * working directory); file names in problems are relative to `root`. Campaigns come back sorted by
 * start date, newest first.
 */
export function checkCampaigns(dir: string = DEFAULT_CAMPAIGN_DIR, options: CheckOptions = {}): Checked<{ campaigns: Campaign[] }> {
  const { root, base } = locate(dir, options);
  if (!existsSync(base)) return { ok: true, campaigns: [], problems: [] };
  const problems: Problem[] = [];
  const campaigns: Campaign[] = [];
  for (const path of listFiles(base, [...CAMPAIGN_EXTENSIONS, '.csv'], { recursive: false })) {
    const slug = basename(path, extname(path));
    if (extname(path).toLowerCase() === '.csv') {
      // A CSV is only read through its campaign; alone it would be ignored without a word.
      if (!CAMPAIGN_EXTENSIONS.some((ext) => existsSync(join(base, `${slug}${ext}`))))
        problems.push({
          file: displayPath(root, path),
          field: '-',
          message: `Tidak ada berkas kampanye ${slug}.yaml untuk data donasi ini. Nama CSV harus sama dengan nama berkas kampanyenya.`,
          severity: 'error',
        });
      continue;
    }
    const yaml = readParsed(root, path);
    if (isProblem(yaml)) {
      problems.push(yaml);
      continue;
    }
    const csvPath = join(base, `${slug}.csv`);
    const csv = existsSync(csvPath) ? { file: displayPath(root, csvPath), text: readFileSync(csvPath, 'utf8') } : undefined;
    const result = validateCampaign(yaml, { csv, expectedSlug: slug });
    if (result.ok) campaigns.push(result.campaign);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, problems: [], campaigns: campaigns.sort((a, b) => b.startDate.localeCompare(a.startDate)) };
}

/** Like `checkCampaigns`, but throws `ContentError` listing every problem, so the build stops. */
export function loadCampaigns(dir: string = DEFAULT_CAMPAIGN_DIR, options: CheckOptions = {}): Campaign[] {
  const result = checkCampaigns(dir, options);
  if (!result.ok) throw new ContentError(result.problems);
  return result.campaigns;
}
