/**
 * The body rules of the content check (./mdxBody.ts), run again inside the build's MDX pipeline
 * on the very tree that is about to be compiled. The check before the build already refuses such
 * files; this guard covers what it cannot see: a file saved while `npm run dev` is running, which
 * the dev server compiles without a new check. Code in an article then never runs, not even on
 * an editor's own machine: the page shows the Indonesian message instead.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { formatProblem } from './problems';
import { checkBodyTree, type BodyNode } from './mdxBody';

export function mdxGuardPlugin(root = process.cwd()): MdastPluginEntry {
  return ({ fileURL }) => {
    const file = fileURL ? relative(root, fileURLToPath(fileURL)).split(sep).join('/') : 'MDX';
    return defineMdastPlugin({
      name: 'asn-prima:mdx-guard',
      options: { position: true },
      after(tree) {
        // No source text here: attributes are located at their element's line, which is enough to find them.
        const problems = checkBodyTree(file, tree as unknown as BodyNode, '', 'mdx');
        if (problems.length === 0) return;
        throw new Error(`Isi ${file} tidak diizinkan dan tidak dibangun:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
      },
    });
  };
}
