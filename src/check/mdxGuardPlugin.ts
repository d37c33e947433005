/**
 * The body rules of the content check (./mdxBody.ts), run again inside the build's MDX pipeline
 * on the very tree that is about to be compiled. The check before the build already refuses such
 * files; this guard covers what it cannot see: a file saved while `npm run dev` is running, which
 * the dev server compiles without a new check. Code in an article then never runs, not even on
 * an editor's own machine: the page shows the Indonesian message instead. It runs for plain
 * Markdown (.md) too, where raw HTML would otherwise pass into the page.
 *
 * The frontmatter reaches this pipeline already parsed, with a YAML alias as the same object met
 * twice; the MDX integration copies it out (JSON) right after this plugin, which is where an alias
 * bomb would expand. So a shared object is refused here, found with a walk that visits each object once.
 *
 * In a build the content check has just approved every body (./approvedBodies.ts): a file whose
 * text is exactly what it approved skips the body rules here, and stays in Sätteri's native
 * pipeline. The frontmatter walk still runs for every file; it costs next to nothing.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { isApproved } from './approvedBodies.ts';
import { formatProblem, type Problem } from './problems.ts';
import { checkBodyTree, type BodyNode } from './mdxBody.ts';

export function mdxGuardPlugin(root = process.cwd()): MdastPluginEntry {
  return ({ fileURL, data, source, sourceFormat }) => {
    const path = fileURL ? fileURLToPath(fileURL) : undefined;
    const file = path ? relative(root, path).split(sep).join('/') : 'MDX';
    const frontmatter = (data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter;
    const aliased = sharesObjects(frontmatter);
    if (path && !aliased && isApproved(path, source)) return null;
    return defineMdastPlugin({
      name: 'asn-prima:mdx-guard',
      options: { position: true },
      after(tree) {
        // No source text here: attributes are located at their element's line, which is enough to find them.
        const markdown = sourceFormat === 'markdown';
        const found = checkBodyTree(file, tree as unknown as BodyNode, '', markdown ? 'md' : 'mdx');
        // Plain Markdown arrives without its frontmatter: count lines as the editor's file does.
        const offset = markdown && path && found.length > 0 ? linesBefore(path, source) : 0;
        const problems: Problem[] = found.map((p) => (offset && p.line !== undefined ? { ...p, line: p.line + offset } : p));
        if (aliased)
          problems.unshift({
            file,
            line: 1,
            field: '-',
            message: 'Alias YAML (*nama) tidak diizinkan di berkas konten. Tulis setiap nilai lengkap di tempatnya.',
            severity: 'error',
          });
        if (problems.length === 0) return;
        throw new Error(`Isi ${file} tidak diizinkan dan tidak dibangun:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
      },
    });
  };
}

/**
 * How many lines of the file come before `body` (Astro hands plain Markdown over without the
 * frontmatter, trimmed); 0 when the file cannot be read or no longer holds that text.
 */
export function linesBefore(path: string, body: string): number {
  try {
    const text = readFileSync(path, 'utf8');
    const at = body.trim() ? text.indexOf(body) : -1;
    return at > 0 ? text.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

/** Whether any object is reachable twice (what a YAML alias to a list or mapping becomes). */
export function sharesObjects(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).some((child) => sharesObjects(child, seen));
}
