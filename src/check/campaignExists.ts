/**
 * The one rule for "does this campaign exist?", wherever a campaign is named: an article's
 * `campaign:` field, `<DonationProgress campaign="…">` in `npm run cek`, and the same component in
 * the build. A wrong name stops the build with a sentence that lists the names that do exist.
 */
import { basename, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { CONTENT_FOLDERS } from './contentDir.ts';
import { listFiles } from './files.ts';
import type { Problem } from './problems.ts';

/** Campaign files: one YAML per campaign, its name the campaign's slug. */
export const CAMPAIGN_EXTENSIONS = ['.yaml', '.yml'];

/**
 * Slugs of the campaigns in a content folder, read from the file names only: a campaign with bad
 * figures is still "there" and is reported by checkCampaigns, once.
 */
export function campaignSlugs(contentDir: string): string[] {
  return listFiles(join(contentDir, CONTENT_FOLDERS.campaigns), CAMPAIGN_EXTENSIONS, { recursive: false }).map((path) =>
    basename(path, extname(path)),
  );
}

function unknownCampaign(slug: string, known: readonly string[]): string {
  return `Kampanye "${slug}" tidak ditemukan di ${CONTENT_FOLDERS.campaigns}/. Kampanye yang ada: ${known.join(', ') || '(belum ada)'}.`;
}

/** A prop or field naming a campaign, valid when it is one of `known`. */
export function campaignField(known: readonly string[]) {
  return z
    .string({ error: `Kampanye (campaign) wajib diisi dengan nama berkas di ${CONTENT_FOLDERS.campaigns}/, tanpa .yaml.` })
    .refine((slug) => known.includes(slug), { error: (issue) => unknownCampaign(String(issue.input), known) });
}

/** The problem for an article naming `slug` when it is not one of `campaigns`; undefined when it is. */
export function checkCampaignReference(
  slug: string,
  campaigns: readonly { slug: string }[],
  at: { file: string; line?: number; field?: string },
): Problem | undefined {
  const known = campaigns.map((c) => c.slug);
  if (known.includes(slug)) return undefined;
  return {
    file: at.file,
    ...(at.line === undefined ? {} : { line: at.line }),
    field: at.field ?? 'campaign',
    message: unknownCampaign(slug, known),
    severity: 'error',
  };
}
