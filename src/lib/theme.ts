/** The reader's theme choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'asn-prima:tema';
export type Theme = 'light' | 'dark';

export function parseTheme(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The theme a toggle press switches to, given what is showing now. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
