/**
 * Colours for the canvas, read from the page's CSS at draw time. The theme variables are written
 * with light-dark(), which getPropertyValue returns unresolved; the computed `color` of a probe
 * element is always a plain rgb() a canvas understands, in whichever theme is showing.
 */
export function readColors<Name extends string>(host: Element, variables: Record<Name, string>): Record<Name, string> {
  const probe = document.createElement('span');
  probe.hidden = true;
  host.append(probe);
  const colors = {} as Record<Name, string>;
  for (const [name, variable] of Object.entries(variables) as [Name, string][]) {
    // CSSOM writes are allowed by the Content Security Policy; style="" in markup would not be.
    probe.style.color = `var(${variable})`;
    colors[name] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colors;
}

/** Calls `onChange` when the reader toggles the theme or the system theme changes. */
export function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
