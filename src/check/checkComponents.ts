/**
 * Checks the body of every article and page, each file parsed once by the same parser as the
 * build (Sätteri, via ./parseBody.ts): what the body may contain (./mdxBody.ts: no code, only
 * allowed HTML, safe addresses) and the components editors write (`<Callout>`, `<Figure>`, …),
 * whose props are validated with the same schema the component uses (src/schemas/mdx/). Unknown
 * components and MDX syntax errors are reported too, each with file, line and field.
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { MdastNode } from 'satteri';
import { COMPONENT_NAMES, IMAGE_PROPS, componentSchemas, type ComponentName } from '../schemas/mdx/index.ts';
import { approveBody } from './approvedBodies.ts';
import { campaignField, campaignSlugs } from './campaignExists.ts';
import { CONTENT_FOLDERS } from './contentDir.ts';
import { displayPath, listFiles, locate, type CheckOptions } from './files.ts';
import { imageField, markdownImageProblem } from './imageFile.ts';
import { checkBodyTree, urlMessage, type BodyFormat } from './mdxBody.ts';
import { parseBody } from './parseBody.ts';
import type { Problem } from './problems.ts';
import { validate } from './validate.ts';

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: ({ type: 'mdxJsxAttribute'; name: string; value?: unknown } | { type: 'mdxJsxExpressionAttribute'; value: string })[];
  children: MdastNode[];
  position?: { start: { line: number }; end: { line: number } };
}

/** Checks every Markdown and MDX file of articles and pages in `contentDir` (absolute, or relative to `root`). */
export function checkComponents(contentDir: string, options: CheckOptions = {}): Problem[] {
  const { root, base } = locate(contentDir, options);
  const read = options.read ?? ((path: string) => readFileSync(path, 'utf8'));
  const campaign = campaignField(campaignSlugs(base));
  const problems: Problem[] = [];
  // One set of schemas per folder (an image path depends only on the folder of the file naming it),
  // built only when a file uses a component: most articles use none.
  const schemas = new Map<string, Schemas>();
  const schemasFor = (path: string) => () => {
    const dir = dirname(path);
    if (!schemas.has(dir)) schemas.set(dir, componentSchemas({ image: imageField({ entryPath: path, contentDir: base, field: 'src', shared: true }), campaign }));
    return schemas.get(dir)!;
  };
  for (const folder of [CONTENT_FOLDERS.articles, CONTENT_FOLDERS.pages]) {
    for (const path of listFiles(join(base, folder), ['.md', '.mdx'])) {
      const format: BodyFormat = extname(path).toLowerCase() === '.md' ? 'md' : 'mdx';
      const localImage = (src: string) => markdownImageProblem(src, path, base, join(root, 'public'));
      const text = read(path);
      const found = checkMdxFile(displayPath(root, path), text, schemasFor(path), format, localImage);
      // A clean body need not be checked again by the guard while this process compiles it.
      if (found.length === 0) approveBody(path, text);
      problems.push(...found);
    }
  }
  return problems;
}

type Schemas = ReturnType<typeof componentSchemas>;

/** `schemas` is asked for only when the file uses one of our components. */
export function checkMdxFile(
  file: string,
  source: string,
  schemas: () => Schemas,
  format: BodyFormat = 'mdx',
  localImage?: (src: string) => string | undefined,
): Problem[] {
  const error = (line: number | undefined, field: string, message: string): Problem => ({
    file,
    ...(line === undefined ? {} : { line }),
    field,
    message,
    severity: 'error',
  });
  const parsed = parseBody(file, source, format);
  if ('problem' in parsed) return [parsed.problem];
  const tree = parsed.tree as MdastNode;

  const lines = source.split(/\r?\n/);
  const problems: Problem[] = checkBodyTree(file, parsed.tree, source, format, localImage);
  const walk = (node: MdastNode) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node as unknown as JsxNode);
    if ('children' in node) for (const child of node.children as MdastNode[]) walk(child);
  };

  const checkElement = (node: JsxNode) => {
    const name = node.name;
    // Fragments and HTML tags (<br />, <abbr>) are judged by the body rules (./mdxBody.ts).
    if (!name || !/^[A-Z]/.test(name)) return;
    const line = node.position?.start.line;
    if (!(COMPONENT_NAMES as readonly string[]).includes(name)) {
      problems.push(error(line, name, `Komponen <${name}> tidak dikenal. Komponen yang tersedia: ${COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}.`));
      return;
    }
    const { schema, children } = schemas()[name as ComponentName];
    const attrLine = (attr: string) => {
      const end = node.position?.end.line ?? line ?? 1;
      for (let i = (line ?? 1) - 1; i < end; i++) if (new RegExp(`(^|\\s)${attr}\\s*=?`).test(lines[i] ?? '')) return i + 1;
      return line;
    };
    const props: Record<string, unknown> = {};
    const refused = new Set<string>();
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
      // An image prop is an address too: the same rule as Markdown images, before the schema looks for the file.
      const unsafe = attr.name === IMAGE_PROPS[name as ComponentName] && typeof value === 'string' ? urlMessage(value, 'image', `<${name} ${attr.name}>`) : undefined;
      if (unsafe) {
        problems.push(error(attrLine(attr.name), `${name}.${attr.name}`, unsafe));
        refused.add(attr.name);
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
    // A prop already refused above is missing here; saying so again would be a second message for one mistake.
    for (const p of located.problems.filter((p) => !refused.has(p.field.split('.')[0]!)))
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
