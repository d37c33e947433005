/** Reading the built site for build tests: pages as DOM documents, paths as URLs. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = 'dist';
export const CORPUS_DIST = 'test/.output/dist-corpus';
export const CORPUS_CONTENT = 'test/.output/corpus';

export function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}

/** The site path a built HTML file answers (`dist/berita/a/index.html` → `/berita/a/`). */
export function pathOf(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  return '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
}

export function readPage(dir: string, path: string): Document {
  const file = join(dir, path, path.endsWith('/') ? 'index.html' : '');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

export function readDoc(file: string): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Whether a site path (without query or hash) is served by the built site. */
export function resolves(dir: string, path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const target = join(dir, clean);
  if (!existsSync(target)) return false;
  return statSync(target).isDirectory() ? existsSync(join(target, 'index.html')) : true;
}

export function jsonLd(doc: Document): Record<string, unknown>[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? ''));
}

/** Every module a script loads before it runs: itself and its static imports, transitively. */
export function staticModuleGraph(entry: string, dir: string = DIST): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const source = readFileSync(join(dir, url), 'utf8');
    // `import(` is lazy and not counted; `import x from`, `import"…"` and `export … from` are.
    for (const match of source.matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g))
      queue.push(new URL(match[1]!, new URL(url, 'http://x')).pathname);
  }
  return [...seen];
}
