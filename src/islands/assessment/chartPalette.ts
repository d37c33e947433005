/**
 * Colours of the radar chart per theme. A canvas cannot read `light-dark()` custom properties, so
 * the site's palette is repeated here; a unit test checks these against `global.css` and against
 * the WCAG contrast ratios (text 4.5:1, lines and shapes 3:1) on the page background.
 */
import type { Theme } from '~/lib/theme';

export interface ChartPalette {
  /** Page background (`--bg`), behind the chart and the tick labels. */
  background: string;
  /** The pillar names around the chart (`--text`). */
  label: string;
  /** Tick numbers 0..100 (`--muted`). */
  tick: string;
  /** Rings and spokes: quieter than the data, still 3:1 so the scale can be read. */
  grid: string;
  /** The person's scores (`--accent`). */
  line: string;
  /** Area under the line; decorative, the line carries the information. */
  fill: string;
}

export const CHART_PALETTES: Record<Theme, ChartPalette> = {
  light: {
    background: '#fdfcf9',
    label: '#1b2530',
    tick: '#4a5866',
    grid: '#7b858f',
    line: '#0a5a85',
    fill: 'rgba(10, 90, 133, 0.18)',
  },
  dark: {
    background: '#10171e',
    label: '#e6edf3',
    tick: '#a9b8c5',
    grid: '#6b7d8d',
    line: '#82c8f2',
    fill: 'rgba(130, 200, 242, 0.22)',
  },
};
