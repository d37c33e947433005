/**
 * Which addresses an editor may write in an article: a link may go to `https:`, `http:`, `mailto:`
 * or a page of this site; an image must be a file of this site (the built site never requests
 * another origin). The address is read the way a browser reads it (spaces and control characters
 * around it dropped, tabs and line breaks inside it removed, character references decoded), so
 * `" JaVa&#x09;script:…"` is seen for what it is.
 */

export type UrlUse = 'link' | 'image';

export type UrlVerdict =
  | { ok: true }
  | { ok: false; reason: 'scheme'; scheme: string }
  | { ok: false; reason: 'protocol-relative' | 'control' | 'remote-image' };

const LINK_SCHEMES = new Set(['https', 'http', 'mailto']);
const WEB_SCHEMES = new Set(['https', 'http']);

/** What a browser's URL parser strips before it looks for a scheme. */
function normalize(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  period: '.',
  lpar: '(',
  rpar: ')',
  nbsp: '\u00a0',
};

/** Decodes numeric and the few named character references that could spell a scheme. */
function decodeReferences(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED_REFERENCES[name!.toLowerCase()] ?? whole;
  });
}

function schemeOf(value: string): string | undefined {
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(value)?.[1]?.toLowerCase();
}

/** Judges one address as written; an empty address is left to other checks. */
export function checkUrl(value: string, use: UrlUse): UrlVerdict {
  // Every spelling a browser might arrive at: as written, and with references decoded (twice, for `&amp;#106;`).
  const once = decodeReferences(value);
  const spellings = [value, once, decodeReferences(once)].map(normalize);
  for (const spelling of spellings) {
    // Control characters and backslashes have no place in a real address; `/\evil.example` is `//evil.example` to a browser.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
    if (/[\u0000-\u001f\u007f\\]/.test(spelling)) return { ok: false, reason: 'control' };
    if (spelling.startsWith('//')) return { ok: false, reason: 'protocol-relative' };
    const scheme = schemeOf(spelling);
    if (scheme === undefined) continue;
    if (use === 'image') return WEB_SCHEMES.has(scheme) ? { ok: false, reason: 'remote-image' } : { ok: false, reason: 'scheme', scheme };
    if (!LINK_SCHEMES.has(scheme)) return { ok: false, reason: 'scheme', scheme };
  }
  return { ok: true };
}
