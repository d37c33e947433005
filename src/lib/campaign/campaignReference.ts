import type { Problem } from '../content/problems';

/** Folder named in the message; not read from contentDir, which touches `process` and this runs in browsers too. */
const CAMPAIGN_FOLDER = 'donasi';

/**
 * An article may name the campaign it is about (`campaign: asn-charity-2025`). A wrong name must
 * stop the build with a sentence that lists the names that do exist, not a broken link.
 */
export function checkCampaignReference(
  slug: string,
  campaigns: readonly { slug: string }[],
  at: { file: string; line?: number; field?: string },
): Problem | undefined {
  if (campaigns.some((c) => c.slug === slug)) return undefined;
  const known = campaigns.map((c) => c.slug).join(', ') || '(belum ada)';
  return {
    file: at.file,
    ...(at.line === undefined ? {} : { line: at.line }),
    field: at.field ?? 'campaign',
    message: `Kampanye "${slug}" tidak ditemukan di ${CAMPAIGN_FOLDER}/. Kampanye yang ada: ${known}.`,
    severity: 'error',
  };
}
