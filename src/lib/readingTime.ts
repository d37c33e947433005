/** Indonesian prose reads at roughly this many words a minute on screen. */
export const WORDS_PER_MINUTE = 200;

/** Words of running text in Markdown/MDX, ignoring frontmatter, markup, links' targets and components. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`~[\]|-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, never less than one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} menit baca`;
}
