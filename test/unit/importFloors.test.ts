import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The floors of src/ (README, "Layout"), read from the source: each module imports only from its
 * own floor or lower ones, nothing imports in a circle, and nothing the browser loads reaches the
 * Node-only checks. ESLint (eslint.config.js) flags the commonest slips as they are typed; this
 * test holds the whole graph, including `.astro` files and transitive imports.
 */

type Floor = 'consts' | 'vocab' | 'schemas' | 'lib' | 'check' | 'ui' | 'top';

function floorOf(file: string): Floor {
  if (file === 'src/consts.ts') return 'consts';
  for (const [prefix, floor] of [
    ['src/vocab/', 'vocab'],
    ['src/schemas/', 'schemas'],
    ['src/lib/', 'lib'],
    ['src/check/', 'check'],
    ['src/components/', 'ui'],
    ['src/layouts/', 'ui'],
    ['src/islands/', 'ui'],
    ['src/data/', 'ui'],
  ] as const)
    if (file.startsWith(prefix)) return floor;
  return 'top';
}

/** What each floor may import besides itself. Constants sit below vocab but vocab and schemas need none. */
const MAY_IMPORT: Record<Floor, readonly Floor[]> = {
  consts: [],
  vocab: [],
  schemas: ['vocab'],
  lib: ['schemas', 'vocab', 'consts'],
  check: ['lib', 'schemas', 'vocab', 'consts'],
  ui: ['check', 'lib', 'schemas', 'vocab', 'consts'],
  top: ['ui', 'check', 'lib', 'schemas', 'vocab', 'consts'],
};

const SOURCE_RE = /\.(ts|tsx|astro|mjs)$/;
const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function listSources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name).split('\\').join('/'))
    .filter((file) => SOURCE_RE.test(file) && statSync(file).isFile());
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('~/') ? `src/${spec.slice(2)}` : spec.startsWith('.') ? normalize(join(dirname(from), spec)) : undefined;
  if (base === undefined) return undefined;
  return ['', '.ts', '.tsx', '.astro', '.mjs', '/index.ts']
    .map((ext) => `${base}${ext}`.split('\\').join('/'))
    .find((file) => SOURCE_RE.test(file) && existsSync(file) && statSync(file).isFile());
}

const files = [...listSources('src'), ...listSources('scripts')];
const graph = new Map<string, string[]>();
const external = new Map<string, string[]>();
for (const file of files) {
  const specs = [...readFileSync(file, 'utf8').matchAll(IMPORT_RE)].map((m) => m[1]!);
  graph.set(file, specs.map((spec) => resolveImport(file, spec)).filter((target): target is string => target !== undefined));
  external.set(file, specs.filter((spec) => !spec.startsWith('.') && !spec.startsWith('~/')));
}

describe('the import graph of src/', () => {
  it('is read from the source (a sanity check on the parser)', () => {
    expect(graph.get('src/check/checks.ts')).toContain('src/check/checkContent.ts');
    expect(graph.get('src/pages/[kind]/[...page].astro')).toContain('src/vocab/kinds.ts');
  });

  it('has no module importing from a higher floor', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => floorOf(target) !== floorOf(file) && !MAY_IMPORT[floorOf(file)].includes(floorOf(target)))
        .map((target) => `${file} (${floorOf(file)}) → ${target} (${floorOf(target)})`),
    );
    expect(upward).toEqual([]);
  });

  it('has no cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('lets nothing the browser loads reach Node or src/check/, however indirectly', () => {
    const entries = files.filter((f) => f.startsWith('src/islands/') || f.startsWith('src/editor/') || f === 'src/components/search/searchPage.ts');
    const reached = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      queue.push(...(graph.get(file) ?? []));
    }
    const offending = [...reached].filter(
      (file) => file.startsWith('src/check/') || (external.get(file) ?? []).some((spec) => spec.startsWith('node:') || spec.startsWith('astro:')),
    );
    expect(entries.length).toBeGreaterThan(3);
    expect(offending).toEqual([]);
  });
});
