/**
 * The JavaScript a built page runs: its module scripts and islands (component, renderer and
 * before-hydration URLs) with everything they import statically, plus inline scripts. Dynamic
 * `import()`s are left out: they load later, e.g. Chart.js once there is something to draw.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './dist';

/** `import … from "x"`, `import "x"` and `export … from "x"`, but not `import("x")`. */
const STATIC_IMPORT_RE = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT_RE = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

export const readScript = (url: string) => readFileSync(join(DIST, url.replace(/^\//, '')), 'utf8');
export const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;
const resolveFrom = (from: string, specifier: string) => posix.normalize(posix.join(posix.dirname(from), specifier));

function imports(url: string, re: RegExp): string[] {
  return [...readScript(url).matchAll(re)].map((m) => resolveFrom(url, m[1]!));
}

/** Every module a set of entry modules loads before running: static imports, transitively. */
export function staticClosure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    queue.push(...imports(url, STATIC_IMPORT_RE));
  }
  return seen;
}

/** The modules imported with `import()` from any of `modules`. */
export function dynamicImports(modules: Iterable<string>): string[] {
  return [...modules].flatMap((url) => imports(url, DYNAMIC_IMPORT_RE));
}

export interface PageScripts {
  /** Modules loaded at start, island code included. */
  modules: Set<string>;
  /** Inline scripts' source (JSON-LD excluded). */
  inline: string[];
  /** Gzip bytes of all of it. */
  gzip: number;
  sizes: { url: string; gzip: number }[];
}

export function pageScripts(doc: Document): PageScripts {
  const entries = [
    ...[...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
    ...[...doc.querySelectorAll('astro-island')].flatMap((island) =>
      ['component-url', 'renderer-url', 'before-hydration-url'].map((a) => island.getAttribute(a)).filter((u): u is string => !!u),
    ),
  ];
  const inline = [...doc.querySelectorAll('script:not([src])')]
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .map((s) => s.textContent ?? '');
  const modules = staticClosure(entries);
  const sizes = [...modules].map((url) => ({ url, gzip: gzipSize(readScript(url)) }));
  const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0) + inline.reduce((sum, code) => sum + gzipSize(code), 0);
  return { modules, inline, gzip, sizes };
}
