/**
 * The one way free text becomes a URL segment: tags (`/tag/festival-asn-2025/`) and the file names
 * `npm run baru` gives new articles. Accents are dropped ("Café" → "cafe"), and anything that is
 * not a letter or digit separates words.
 */
export interface SlugOptions {
  /** Longest slug; longer text is cut after the last whole word that fits. */
  maxLength?: number;
  /** Keep only a–z and 0–9: file names must pass the content check's URL rule. */
  latinOnly?: boolean;
}

export function slugify(text: string, { maxLength = Infinity, latinOnly = false }: SlugOptions = {}): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(latinOnly ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  return slug;
}
