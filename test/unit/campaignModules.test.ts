import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Islands import these modules, so none of them may reach for the file system, `process` (through
 * contentDir) or `astro:*`; only loadCampaigns.ts reads files. Checked on the source, transitively,
 * because a bundler would only fail at the first browser visit.
 */
const BROWSER_SAFE = [
  'src/lib/money.ts',
  'src/lib/campaign/calendarDay.ts',
  'src/lib/campaign/progress.ts',
  'src/lib/campaign/series.ts',
  'src/lib/campaign/chartData.ts',
  'src/lib/campaign/donationsCsv.ts',
  'src/lib/campaign/validateCampaign.ts',
  'src/lib/campaign/campaignReference.ts',
  'src/lib/campaign/chartText.ts',
  'src/schemas/campaign.ts',
];

function localImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
}

function resolveLocal(from: string, spec: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of spec.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return `${parts.join('/')}.ts`;
}

describe.each(BROWSER_SAFE)('%s', (entry) => {
  it('imports nothing Node-only, transitively', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.pop() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of localImports(file)) {
        if (spec.startsWith('.')) queue.push(resolveLocal(file, spec));
        else external.add(spec);
      }
    }
    expect([...external].filter((spec) => !['astro/zod', 'papaparse'].includes(spec))).toEqual([]);
    expect([...seen].filter((file) => file.endsWith('/contentDir.ts') || file.endsWith('/loadCampaigns.ts'))).toEqual([]);
  });
});
