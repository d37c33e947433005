/**
 * The one way both islands colour their charts: from the page's CSS custom properties, read at draw
 * time, so a chart has exactly the theme's colours and no copy of them to keep in sync. Each island
 * names its colours as variables in its stylesheet (`--chart-*`), where the contrast is checked.
 */

/**
 * The colours `variables` hold for `host`, as plain `rgb()` a canvas understands. The variables
 * use light-dark(), which getPropertyValue returns unresolved, so each is read as the computed
 * `color` of a probe element. `scheme: 'light'` reads the light theme whatever the page shows:
 * paper is white.
 */
export function readColors<Name extends string>(
  host: Element,
  variables: Record<Name, string>,
  scheme?: 'light' | 'dark',
): Record<Name, string> {
  const probe = document.createElement('span');
  probe.hidden = true;
  // CSSOM writes are allowed by the Content Security Policy; style="" in markup would not be.
  if (scheme) probe.style.colorScheme = scheme;
  host.append(probe);
  const colors = {} as Record<Name, string>;
  for (const [name, variable] of Object.entries(variables) as [Name, string][]) {
    probe.style.color = `var(${variable})`;
    colors[name] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colors;
}

/** `rgb(10, 90, 133)` → `rgba(10, 90, 133, 0.15)`, for areas under a line. */
export function withAlpha(rgb: string, alpha: number): string {
  const match = /^rgba?\(([^)]+)\)$/.exec(rgb);
  const channels = match?.[1]?.split(',').slice(0, 3).join(',');
  return channels ? `rgba(${channels}, ${alpha})` : rgb;
}

/**
 * Calls `onChange(scheme)` when the colours to draw in change: the reader toggles the theme, the
 * system theme changes, or the page is printed (`scheme` is then 'light'). `beforeprint` covers the
 * print dialog; the media query also covers printing to PDF without it (headless browsers, some
 * "save as PDF" paths). Returns a cleanup.
 */
export function watchTheme(onChange: (scheme: 'light' | undefined) => void): () => void {
  const printing = matchMedia('print');
  let beforePrint = false;
  const notify = () => onChange(beforePrint || printing.matches ? 'light' : undefined);
  const onBeforePrint = () => {
    beforePrint = true;
    notify();
  };
  const onAfterPrint = () => {
    beforePrint = false;
    notify();
  };
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const system = matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', notify);
  printing.addEventListener('change', notify);
  addEventListener('beforeprint', onBeforePrint);
  addEventListener('afterprint', onAfterPrint);
  return () => {
    observer.disconnect();
    system.removeEventListener('change', notify);
    printing.removeEventListener('change', notify);
    removeEventListener('beforeprint', onBeforePrint);
    removeEventListener('afterprint', onAfterPrint);
  };
}

export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
