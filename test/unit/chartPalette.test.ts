import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_PALETTES } from '~/islands/assessment/chartPalette';

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

/** `--name: light-dark(#light, #dark)` from the global stylesheet. */
function siteColour(name: string): { light: string; dark: string } {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!match) throw new Error(`--${name} not found in global.css`);
  return { light: match[1]!.toLowerCase(), dark: match[2]!.toLowerCase() };
}

describe.each(['light', 'dark'] as const)('radar chart colours, %s theme', (theme) => {
  const palette = CHART_PALETTES[theme];

  it('match the site palette', () => {
    expect(palette.background).toBe(siteColour('bg')[theme]);
    expect(palette.label).toBe(siteColour('text')[theme]);
    expect(palette.tick).toBe(siteColour('muted')[theme]);
    expect(palette.line).toBe(siteColour('accent')[theme]);
  });

  it.each([
    ['pillar names', 4.5, 'label'],
    ['tick numbers', 4.5, 'tick'],
    ['score line', 3, 'line'],
    ['grid', 3, 'grid'],
  ] as const)('%s reach %s:1 on the page background and on the surface', (_what, minimum, key) => {
    expect(contrast(palette[key], palette.background)).toBeGreaterThanOrEqual(minimum);
    expect(contrast(palette[key], siteColour('surface')[theme])).toBeGreaterThanOrEqual(minimum);
  });
});
