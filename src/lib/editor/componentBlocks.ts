/**
 * The editors' components as blocks of the browser editor: how a block is found in an article's
 * MDX (`pattern`), read into form values (`fromBlock`) and written back (`toBlock`). Writing is
 * canonical (props in the order of the schema, text in double quotes, numbers in braces, text
 * between the tags indented by two spaces), which is also how PANDUAN-PENULIS.md shows them, so
 * an untouched block is written back byte for byte. Browser-safe: no Node, no Astro.
 */

/** How one prop is written in MDX. */
export type PropKind = 'text' | 'number';

export interface BlockShape {
  /** Component name, e.g. `Callout`. */
  name: string;
  /** Props in the order they are written; `required` as the component's schema says. */
  props: readonly { name: string; kind: PropKind; required?: boolean }[];
  /** Name of the form field holding the text between the tags; absent for self-closing components. */
  childrenField?: string;
}

/** Values as the editor's form holds them: strings, numbers, or empty. */
export type BlockValues = Record<string, string | number | undefined | null>;

const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;
const ATTRIBUTES = String.raw`((?:\s+[A-Za-z][\w-]*\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))*)`;

/** The regular expression the editor uses to find this component's blocks in the body. */
export function blockPattern(shape: BlockShape): RegExp {
  return shape.childrenField
    ? new RegExp(String.raw`^<${shape.name}${ATTRIBUTES}\s*>\n([\s\S]*?)\n<\/${shape.name}>$`, 'm')
    : new RegExp(String.raw`^<${shape.name}${ATTRIBUTES}\s*\/>$`, 'm');
}

/** Reads a literal in braces: `{90}`, `{"teks"}`, `{true}`. Anything else is kept as written. */
function braceValue(expression: string): string | number {
  try {
    const value: unknown = JSON.parse(expression.trim());
    if (typeof value === 'number' || typeof value === 'string') return value;
  } catch {
    // Not a literal: kept as text so the writer sees it and the content check names it.
  }
  return expression;
}

/** Form values from a block the pattern matched. Props the form does not know are dropped. */
export function fromBlock(shape: BlockShape, match: RegExpMatchArray): BlockValues {
  const values: BlockValues = {};
  const known = new Map(shape.props.map((p) => [p.name, p.kind]));
  for (const [, name = '', double, single, brace] of (match[1] ?? '').matchAll(ATTRIBUTE)) {
    if (!known.has(name)) continue;
    values[name] = brace !== undefined ? braceValue(brace) : (double ?? single ?? '');
  }
  if (shape.childrenField) values[shape.childrenField] = dedent(match[2] ?? '');
  return values;
}

function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

function attribute(name: string, kind: PropKind, value: string | number): string {
  if (kind === 'number' && typeof value === 'number') return `${name}={${value}}`;
  if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(String(value).trim())) return `${name}={${String(value).trim()}}`;
  const text = String(value);
  // A double quote cannot sit inside "…"; the content check reads {"…"} as the same text.
  return text.includes('"') || text.includes('\n') ? `${name}={${JSON.stringify(text)}}` : `${name}="${text}"`;
}

const filled = (value: BlockValues[string]) => value !== undefined && value !== null && String(value).trim() !== '';

/**
 * True for a block with nothing in it that its component requires: one the writer inserted and
 * abandoned. Sveltia sometimes keeps such a block after its dialog was cancelled; it holds no
 * text, so it is left out of the file rather than written as an invalid `<YouTube />`.
 */
export function isAbandoned(shape: BlockShape, values: BlockValues): boolean {
  const required = [...shape.props.filter((p) => p.required).map((p) => p.name), ...(shape.childrenField ? [shape.childrenField] : [])];
  return required.length > 0 && required.every((name) => !filled(values[name]));
}

/** The block as MDX, canonical: what `fromBlock` reads back to the same values; empty for an abandoned block. */
export function toBlock(shape: BlockShape, values: BlockValues): string {
  if (isAbandoned(shape, values)) return '';
  const attrs = shape.props
    .filter((p) => filled(values[p.name]))
    .map((p) => ` ${attribute(p.name, p.kind, values[p.name] as string | number)}`)
    .join('');
  if (!shape.childrenField) return `<${shape.name}${attrs} />`;
  const children = String(values[shape.childrenField] ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/^\n+|\s+$/g, '')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `  ${line}`))
    .join('\n');
  return `<${shape.name}${attrs}>\n${children}\n</${shape.name}>`;
}
