/**
 * Checks the components editors write in MDX (`<Callout>`, `<Figure>`, …) without building:
 * the MDX is parsed by the same parser as the build (Sätteri), and each component's props are
 * validated with the same schema the component uses (src/schemas/mdx/). Unknown components and
 * MDX syntax errors are reported too, each with file, line and field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import { COMPONENT_NAMES, componentSchemas, type ComponentName } from '../schemas/mdx';
import { campaignField, campaignSlugs } from './campaignExists';
import { CONTENT_FOLDERS } from './contentDir';
import { displayPath, listFiles, locate, type CheckOptions } from './files';
import { imageField } from './imageFile';
import type { Problem } from './problems';
import { validate } from './validate';

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: ({ type: 'mdxJsxAttribute'; name: string; value?: unknown } | { type: 'mdxJsxExpressionAttribute'; value: string })[];
  children: MdastNode[];
  position?: { start: { line: number }; end: { line: number } };
}

/** Checks every MDX file of articles and pages in `contentDir` (absolute, or relative to `root`). */
export function checkComponents(contentDir: string, options: CheckOptions = {}): Problem[] {
  const { root, base } = locate(contentDir, options);
  const campaign = campaignField(campaignSlugs(base));
  const problems: Problem[] = [];
  for (const folder of [CONTENT_FOLDERS.articles, CONTENT_FOLDERS.pages]) {
    for (const path of listFiles(join(base, folder), ['.mdx'])) {
      const image = imageField({ entryPath: path, contentDir: base, field: 'src', shared: true });
      problems.push(...checkMdxFile(displayPath(root, path), readFileSync(path, 'utf8'), componentSchemas({ image, campaign })));
    }
  }
  return problems;
}

type Schemas = ReturnType<typeof componentSchemas>;

export function checkMdxFile(file: string, source: string, schemas: Schemas): Problem[] {
  const error = (line: number | undefined, field: string, message: string): Problem => ({
    file,
    ...(line === undefined ? {} : { line }),
    field,
    message,
    severity: 'error',
  });
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):(\d+)/.exec(text);
    return [
      error(
        at ? Number(at[1]) : 1,
        '-',
        `Penulisan MDX tidak valid (${text.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '')}). Tanda < dan { punya arti khusus di MDX: tulis \\< atau \\{ bila maksudnya teks biasa, dan tutup setiap komponen (<Callout>…</Callout> atau <Figure … />).`,
      ),
    ];
  }

  const lines = source.split(/\r?\n/);
  const imported = new Set<string>();
  const problems: Problem[] = [];
  const walk = (node: MdastNode) => {
    if (node.type === 'mdxjsEsm') {
      for (const m of node.value.matchAll(/\b(?:import|as)\s+([A-Z]\w*)|[{,]\s*([A-Z]\w*)/g)) imported.add(m[1] ?? m[2] ?? '');
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node as unknown as JsxNode);
    if ('children' in node) for (const child of node.children as MdastNode[]) walk(child);
  };

  const checkElement = (node: JsxNode) => {
    const name = node.name;
    // Fragments, HTML tags (<br />, <abbr>) and components the file imports itself are not ours to check.
    if (!name || !/^[A-Z]/.test(name) || imported.has(name)) return;
    const line = node.position?.start.line;
    if (!(COMPONENT_NAMES as readonly string[]).includes(name)) {
      problems.push(error(line, name, `Komponen <${name}> tidak dikenal. Komponen yang tersedia: ${COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}.`));
      return;
    }
    const { schema, children } = schemas[name as ComponentName];
    const attrLine = (attr: string) => {
      const end = node.position?.end.line ?? line ?? 1;
      for (let i = (line ?? 1) - 1; i < end; i++) if (new RegExp(`(^|\\s)${attr}\\s*=?`).test(lines[i] ?? '')) return i + 1;
      return line;
    };
    const props: Record<string, unknown> = {};
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        problems.push(error(line, name, `Komponen <${name}>: tulis setiap prop sebagai nama="nilai"; {…} tanpa nama tidak dapat diperiksa.`));
        continue;
      }
      const value = attributeValue(attr.value);
      if (value === UNREADABLE) {
        problems.push(
          error(attrLine(attr.name), `${name}.${attr.name}`, `Komponen <${name}>: nilai {…} tidak dapat diperiksa. Tulis teks seperti ${attr.name}="…", atau angka seperti start={90}.`),
        );
        continue;
      }
      props[attr.name] = value;
    }
    const hasText = node.children.some((c) => c.type !== 'text' || c.value.trim() !== '');
    if (children === 'wajib' && !hasText)
      problems.push(error(line, name, `Komponen <${name}> perlu isi di antara <${name}> dan </${name}>.`));
    if (children === 'tidak' && hasText)
      problems.push(error(line, name, `Komponen <${name}> tidak memakai isi: tutup langsung dengan <${name} … />.`));
    const located = validate({ file, source, data: props }, schema, (issue) => {
      const prop = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : issue.path[0];
      return typeof prop === 'string' && prop in props ? attrLine(prop) : line;
    });
    for (const p of located.problems)
      problems.push(error(p.line, p.field === '-' ? name : `${name}.${p.field}`, `Komponen <${name}>: ${p.message}`));
  };

  walk(tree);
  return problems;
}

const UNREADABLE = Symbol('unreadable');

/** A prop written as text, as a bare flag (`true`), or as a literal in braces (`{90}`, `{"…"}`, `{false}`). */
function attributeValue(value: unknown): unknown {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const expression = typeof value === 'object' && 'value' in value ? String(value.value).trim() : '';
  try {
    return JSON.parse(/^'.*'$/s.test(expression) ? JSON.stringify(expression.slice(1, -1)) : expression);
  } catch {
    return UNREADABLE;
  }
}
