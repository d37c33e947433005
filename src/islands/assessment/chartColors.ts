/**
 * Theme colours for the assessment pages' charts, read from CSS custom properties at draw time
 * (the donation charts' helper), plus what those charts also need: paper is light whatever the
 * screen shows, so while printing the colours are read as the light theme gives them.
 */
import { readColors, watchTheme } from '../charts/chartTheme';

/** `forPrint` resolves every `light-dark()` to its light half, as the printed page does. */
export function readChartColors<Name extends string>(host: HTMLElement, variables: Record<Name, string>, forPrint: boolean): Record<Name, string> {
  return readColors(host, variables, forPrint ? 'light' : undefined);
}

/** Calls `onChange(printing)` when the theme changes and around printing. */
export function watchChartTheme(onChange: (printing: boolean) => void): () => void {
  return watchTheme((scheme) => onChange(scheme === 'light'));
}

export const isPrinting = () => matchMedia('print').matches;
