/**
 * The one way content files are written: exactly as the browser editor (Sveltia CMS) writes them,
 * so editor saves, `npm run baru` and hand edits all produce the same text and small diffs.
 * Sveltia serialises YAML with the `yaml` package and these options (plain scalars, quoted only
 * when needed, block lists indented by two spaces, no line folding); the package is pinned to the
 * version Sveltia bundles. test/browser/redaksi.test.ts checks the editor really writes this.
 */
import { stringify, type ToStringOptions } from 'yaml';

export const EDITOR_YAML_OPTIONS = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const satisfies ToStringOptions;

/** Data as YAML, without a trailing newline. */
export function editorYaml(data: Record<string, unknown>): string {
  return stringify(data, null, EDITOR_YAML_OPTIONS).trim();
}

/** A YAML data file (an author): the YAML and one newline. */
export function editorYamlFile(data: Record<string, unknown>): string {
  return `${editorYaml(data)}\n`;
}

/** An MDX file: frontmatter between `---` lines, a blank line, the body and one newline. */
export function editorMdxFile(frontmatter: Record<string, unknown>, body: string): string {
  const text = body.trim();
  return `---\n${editorYaml(frontmatter)}\n---\n${text ? `\n${text}\n` : ''}`;
}

/** Keys in the order the editor's form lists them (the schema's order); unknown keys keep their place at the end. */
export function inFieldOrder(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const known = order.filter((k) => k in data).map((k) => [k, data[k]] as const);
  const rest = Object.entries(data).filter(([k]) => !order.includes(k));
  return Object.fromEntries([...known, ...rest]);
}
