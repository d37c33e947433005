/** The reader's theme choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'asn-prima:tema';
export type Theme = 'light' | 'dark';

/**
 * Applies a saved choice before first paint, inline in <head>. Kept as one string so the build can
 * put its hash into the Content Security Policy (astro.config.mjs); blocked storage (private
 * mode) leaves the system theme.
 */
export const THEME_SCRIPT = `try{const t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;

export function parseTheme(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The theme a toggle press switches to, given what is showing now. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
