/**
 * Pagefind's excerpts are HTML: escaped page text with the matched words in <mark>. Rather than
 * inject that HTML, it is turned back into plain text pieces, each flagged as marked or not, which
 * the UI renders as text nodes. Nothing but <mark> can ever reach the page this way.
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML serialiser produces; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into text parts; tags other than <mark> are dropped, adjacent parts merged. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let rest = html;
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
    const [tag, closing, name] = match;
    const at = html.length - rest.length;
    push(html.slice(at, match.index));
    rest = html.slice(match.index + tag.length);
    if (name?.toLowerCase() === 'mark') marked = closing !== '/';
  }
  push(rest);
  return parts;
}
