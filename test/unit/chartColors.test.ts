import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Both islands draw their charts in the `--chart-*` colours of their stylesheets (read at draw
 * time by src/islands/charts/chartTheme.ts). A canvas gets no help from the page's contrast, so
 * each colour is checked here, in both themes, against WCAG: text 4.5:1, lines and shapes 3:1.
 */

type Pair = { light: string; dark: string };

/** `--name: value` declarations of a stylesheet (the last one wins, as in the cascade). */
function declarations(file: string): Map<string, string> {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const site = declarations('src/styles/global.css');

/** A colour value as its light and dark hex: `light-dark(#a, #b)`, `var(--x)` or `#abc123`. */
function resolve(value: string, local: Map<string, string>): Pair {
  const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(value);
  if (pair) return { light: pair[1]!.toLowerCase(), dark: pair[2]!.toLowerCase() };
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  if (ref) {
    const target = local.get(ref[1]!) ?? site.get(ref[1]!);
    if (!target) throw new Error(`${ref[1]} is not defined`);
    return resolve(target, local);
  }
  if (/^#[0-9a-f]{6}$/i.test(value)) return { light: value.toLowerCase(), dark: value.toLowerCase() };
  throw new Error(`cannot read colour ${value}`);
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['radar chart', 'src/islands/assessment/selfAssessment.css', { '--chart-label': 4.5, '--chart-tick': 4.5, '--chart-line': 3, '--chart-line-2': 3, '--chart-grid': 3 }],
  [
    'history and team charts',
    // Their pages load both stylesheets; the second adds to what the first declares.
    ['src/islands/assessment/selfAssessment.css', 'src/islands/assessment/assessmentPages.css'],
    {
      '--chart-label': 4.5,
      '--chart-tick': 4.5,
      '--chart-grid': 3,
      '--chart-line': 3,
      '--chart-line-2': 3,
      '--chart-line-3': 3,
      ...Object.fromEntries([0, 1, 2, 3, 4, 5].map((i) => [`--chart-series-${i}`, 3])),
    },
  ],
  [
    'campaign charts',
    'src/islands/CampaignCharts.css',
    { '--chart-text': 4.5, '--chart-raised': 3, '--chart-target': 3, '--chart-slice-1': 3, '--chart-slice-2': 3, '--chart-slice-3': 3, '--chart-slice-4': 3 },
  ],
] as const)('%s colours', (_name, files, minimums) => {
  const local = new Map([files].flat().flatMap((file) => [...declarations(file)]));
  describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
    it.each(Object.entries(minimums))('%s reaches %s:1 on the page background and on the surface', (variable, minimum) => {
      const colour = resolve(local.get(variable) ?? '', local)[theme];
      expect(contrast(colour, resolve('var(--bg)', local)[theme])).toBeGreaterThanOrEqual(minimum);
      expect(contrast(colour, resolve('var(--surface)', local)[theme])).toBeGreaterThanOrEqual(minimum);
    });
  });
});
