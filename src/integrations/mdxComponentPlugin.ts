/**
 * A Sätteri mdast plugin for the MDX pipeline (see astro.config.mjs). For each editor component
 * in an article it
 *  - adds `__source="content/…/artikel.mdx:12"`, so a component that rejects its props can name
 *    the article and line in the build error;
 *  - turns an image path (`<Figure src="./foto.jpg">`) into an import of that file, so Astro's
 *    image pipeline optimises it like any other local image. A missing file is left as text and
 *    the component's schema reports it.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { COMPONENT_NAMES, IMAGE_PROPS, SOURCE_PROP, type ComponentName } from '../schemas/mdx/index.ts';
import { hasImageExtension, resolveContentImage } from '../check/imageFile.ts';

const toPosix = (p: string) => p.split(sep).join('/');

/** Text every use of one of our components contains. */
const COMPONENT_TAG_RE = new RegExp(`<\\s*(?:${COMPONENT_NAMES.join('|')})\\b`);

export function mdxComponentPlugin(contentDir: string, root = process.cwd()): MdastPluginEntry {
  const base = resolve(root, contentDir);
  return ({ fileURL, source }) => {
    // Most articles use no component. Leaving the plugin out for them matters: a JavaScript plugin
    // makes Sätteri hand the whole tree over to JavaScript, which cost more than compiling the file.
    if (!fileURL || !COMPONENT_TAG_RE.test(source)) return null;
    const file = fileURLToPath(fileURL);
    const imports: string[] = [];
    const visit = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
      if (!node.name || !(COMPONENT_NAMES as readonly string[]).includes(node.name)) return undefined;
      const imageProp = IMAGE_PROPS[node.name as ComponentName];
      const attributes = node.attributes.map((attr) => {
        if (attr.type !== 'mdxJsxAttribute' || attr.name !== imageProp || typeof attr.value !== 'string') return attr;
        const path = resolveContentImage(attr.value, file, base);
        if (!hasImageExtension(path) || !existsSync(path)) return attr;
        const name = `__asnImage${imports.length}`;
        const specifier = `./${toPosix(relative(dirname(file), path))}`.replace(/^\.\/\.\.\//, '../');
        imports.push(`import ${name} from ${JSON.stringify(specifier)};`);
        return { type: 'mdxJsxAttribute' as const, name: attr.name, value: { type: 'mdxJsxAttributeValueExpression' as const, value: name } };
      });
      const line = node.position?.start.line;
      const source = `${toPosix(relative(root, file))}${line ? `:${line}` : ''}`;
      return { ...node, attributes: [...attributes, { type: 'mdxJsxAttribute' as const, name: SOURCE_PROP, value: source }] };
    };
    return defineMdastPlugin({
      name: 'asn-prima:mdx-components',
      options: { position: true },
      mdxJsxFlowElement: visit,
      mdxJsxTextElement: visit,
      after(rootNode, ctx) {
        if (imports.length === 0) return;
        ctx.setProperty(rootNode, 'children', [{ type: 'mdxjsEsm', value: imports.join('\n') }, ...rootNode.children] as never);
      },
    });
  };
}
