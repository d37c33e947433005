import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
// Imported with the module, not when a build first indexes: where Node cannot load the config's
// TypeScript itself (before 22.18), Astro loads the config through Vite, whose loader is closed by
// the time pages render, and an import() from these modules then fails.
import { close, createIndex } from 'pagefind';
import { childProcesses, lowerProcess } from '../../deploy/priority.mjs';
import { SITE_LANG } from '../vocab/locale.ts';
import { ARTICLE_KINDS } from '../vocab/kinds.ts';
import { PAGEFIND_DIR } from '../lib/search/searchState.ts';
import { escapeRegExp } from '../lib/regExp.ts';
import { ROUTES } from '../lib/routes.ts';

/**
 * The pages that carry `data-pagefind-body`: articles, campaigns and pillars (one folder down in
 * their sections) and the standalone pages (top level). Pagefind reads only these, never the
 * thousands of tag, topic, author and page-2 listings it would parse only to skip them (at 1,000
 * articles 1,100 pages instead of 1,650, some 40% of its time). test/build/search.test.ts fails
 * when a page with `data-pagefind-body` is left out of the index.
 */
const SECTIONS = [...ARTICLE_KINDS, ROUTES.campaigns.path, ROUTES.pillars.path].map((s) => s.replaceAll('/', ''));
export const SEARCHED_PAGES = `{*/index.html,{${SECTIONS.join(',')}}/*/index.html}`;

const DEV_TYPES: Record<string, string> = { '.js': 'text/javascript', '.webp': 'image/webp', '.avif': 'image/avif' };

/**
 * Indexes a finished build's pages with Pagefind into `<dir>/pagefind/`; returns how many pages it
 * holds. Run by scripts/finish-build.ts once `astro build` has exited (see there why not inside
 * it). Running on the build's own output means every build (the real site, the fixture corpus)
 * gets an index that matches its pages, and no index ever lives in `public/` or in git.
 */
export async function indexSite(dir: string): Promise<number> {
  const { index, close } = await openIndex();
  try {
    const added = await index.addDirectory({ path: dir, glob: SEARCHED_PAGES });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    await writeIndexFiles(index, dir);
    return added.page_count;
  } finally {
    await close();
  }
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;

/** A new index, Indonesian, with the function that stops Pagefind's process; Pagefind is stopped when it cannot make one. */
async function openIndex(): Promise<{ index: PagefindIndex; close: () => Promise<unknown> }> {
  // Pages already say lang="id"; forcing it keeps stemming Indonesian even if a page forgets.
  const { index, errors } = await createIndex({ forceLanguage: SITE_LANG });
  if (index) return { index, close };
  await close();
  throw new Error(errors.join('\n'));
}

/** Writes the index's files into `<dir>/pagefind/`. */
async function writeIndexFiles(index: PagefindIndex, dir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: join(dir, PAGEFIND_DIR) });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
}

/**
 * SEARCHED_PAGES as a regular expression over a path with its leading slash: the rendering thread
 * asks for every page, and `matchesGlob` cost it 35 ms per 1,000 pages. A glob's `*` is one path
 * segment not starting with a dot. test/unit/pagefindAhead.test.ts holds the two to the same answers.
 */
const SEARCHED_PATH = new RegExp(`^/(?:(?!\\.)[^/]+|(?:${SECTIONS.map(escapeRegExp).join('|')})/(?!\\.)[^/]+)/index\\.html$`);

/** Whether the page Astro writes at `path` (`/berita/contoh/index.html`) belongs in the index. */
export const isSearchedPage = (path: string): boolean => SEARCHED_PATH.test(path.startsWith('/') ? path : `/${path}`);

const BODY = 'data-pagefind-body';

/**
 * Where the first element marked `data-pagefind-body` starts (its `<`), or -1: the first place the
 * word stands as an attribute name inside a tag. Plain string search, not a regular expression:
 * this runs on the rendering thread for every searched page.
 */
function bodyElementStart(html: string): number {
  for (let at = html.indexOf(BODY); at !== -1; at = html.indexOf(BODY, at + 1)) {
    const open = html.lastIndexOf('<', at);
    const after = html.charAt(at + BODY.length);
    if (open !== -1 && html.lastIndexOf('>', at) < open && /\s/.test(html.charAt(at - 1)) && /[\s=>/]/.test(after) && /^<[a-z]/.test(html.slice(open, open + 2))) return open;
  }
  return -1;
}

/**
 * What Pagefind could read before the body element: its attributes (but `data-pagefind-ignore`,
 * which the site header carries, and which only matters inside a body), or the defaults it takes
 * from a page's first heading or image.
 */
const READ_BEFORE_BODY = /data-pagefind-(?!ignore\b)|<h1[\s>]|<img[\s>]/i;

/**
 * The part of a page Pagefind needs: its `<html>` tag and title, then everything from the first
 * element marked `data-pagefind-body` on; undefined for a page with no such element, which
 * Pagefind skips (once any page of a site has one, as ours do, it indexes only pages that have
 * one: the numbered listings of a section match SEARCHED_PAGES but have none). Pagefind indexes
 * only what is inside those elements, so the head (the policy, JSON-LD, preloads) and the site
 * header before the body, some 40% of an article page, were parsed and sent through its pipe for
 * nothing: at 10,000 articles 6 s of Pagefind's time. A page that has anything Pagefind could read
 * before its body (a `data-pagefind-` attribute other than `-ignore`, a first `<h1>` or `<img>` it
 * would take as default title or image) goes whole. The index is the same
 * (test/unit/pagefindAhead.test.ts).
 */
export function searchedPart(html: string): string | undefined {
  const body = bodyElementStart(html);
  if (body < 0) return undefined;
  const before = html.slice(0, body);
  if (READ_BEFORE_BODY.test(before)) return html;
  const htmlTag = /<html[\s>][^>]*>?/i.exec(before)?.[0] ?? '<html>';
  const title = /<title>[^<]*<\/title>/i.exec(before)?.[0] ?? '';
  return `${htmlTag}<head>${title}</head><body>${html.slice(body)}`;
}

/** The index a build's pages go into as Astro renders them (src/integrations/whileRendering.ts). */
export interface IndexAhead {
  /** A rendered page, by the path Astro writes it to; pages the index does not hold are ignored. */
  add(path: string, bytes: Uint8Array): void;
  /** Writes the index into `<dir>/pagefind/` and stops Pagefind; resolves to how many pages it read. */
  write(dir: string): Promise<number>;
  /** Stops Pagefind without writing anything (the build failed). */
  discard(): Promise<void>;
}

/**
 * Starts a Pagefind index that takes pages while Astro renders them, instead of reading them back
 * from disk after Astro has exited (1.4 s at 1,000 articles, 16 s at 10,000). Pagefind runs in a
 * process of its own, lowered to the least priority so that it takes only the time rendering
 * leaves; the pages it is given are Astro's bytes, the same as it would read from `dist/`.
 *
 * Where Node runs TypeScript itself (22.18 and later), the pages go to Pagefind from a worker
 * thread at the lowest priority too (./pagefindWorker.ts): decoding a page, cutting out its
 * searched part and encoding it for Pagefind's pipe cost the rendering thread some 0.27 s per 1,000
 * articles. The worker hands Pagefind the pages in the order they came, so the index is the same.
 */
export async function startIndexAhead(): Promise<IndexAhead> {
  if (!process.features.typescript) return indexAheadHere();
  const worker = new Worker(new URL('./pagefindWorker.ts', import.meta.url));
  // Replies come in the order of the requests that ask for one: opening, then writing or discarding.
  const replies: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  const next = () => new Promise<number>((resolve, reject) => replies.push({ resolve, reject }));
  worker.on('message', (reply: { count?: number; error?: string }) => {
    const waiting = replies.shift();
    if (reply.error !== undefined) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.count ?? 0);
  });
  // A worker gone fails whatever waits for it; the build fails with it, as when Pagefind fails.
  const gone = (error: Error) => {
    for (const waiting of replies.splice(0)) waiting.reject(error);
  };
  worker.on('error', gone);
  worker.on('exit', (code) => gone(new Error(`Pagefind berhenti (kode ${code})`)));
  try {
    await next();
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  // After its last answer the worker closes its port and ends by itself; it never keeps Astro's process alive.
  const ended = async <T>(reply: Promise<T>): Promise<T> => {
    try {
      return await reply;
    } finally {
      worker.unref();
    }
  };
  return {
    add(path, bytes) {
      if (!isSearchedPage(path)) return;
      // A copy of its own, moved rather than cloned (Astro's bytes may share a pool).
      const page = new Uint8Array(bytes);
      worker.postMessage({ path, page }, [page.buffer]);
    },
    write(dir) {
      const reply = next();
      worker.postMessage({ write: dir });
      return ended(reply);
    },
    async discard() {
      const reply = next();
      worker.postMessage({ discard: true });
      await ended(reply);
    },
  };
}

/** The index ahead on the calling thread (./pagefindWorker.ts runs it on its own). */
export async function indexAheadHere(): Promise<IndexAhead> {
  const { index, close } = await openIndex();
  yieldPagefind();
  const added: Promise<string[]>[] = [];
  const decoder = new TextDecoder();
  // Once Pagefind has failed (its process gone, say), the build fails: no more pages are sent.
  let failed = false;
  return {
    add(path, bytes) {
      if (failed || !isSearchedPage(path)) return;
      const content = searchedPart(decoder.decode(bytes));
      if (content === undefined) return;
      const page = index.addHTMLFile({ sourcePath: path.slice(1), content });
      added.push(
        page.then(
          (r) => r.errors,
          (error: unknown) => {
            failed = true;
            return [`${path}: ${String(error)}`];
          },
        ),
      );
    },
    async write(dir) {
      try {
        const problems = (await Promise.all(added)).flat();
        if (problems.length > 0) throw new Error(problems.length === 1 ? problems[0] : `${problems[0]}\n(dan ${problems.length - 1} masalah lain)`);
        await writeIndexFiles(index, dir);
        return added.length;
      } finally {
        await close();
      }
    },
    async discard() {
      await close();
    },
  };
}

/** Lowers Pagefind's process (deploy/priority.mjs), found as this process's child named pagefind. */
function yieldPagefind(): void {
  try {
    for (const child of childProcesses(process.pid)) {
      if (readFileSync(`/proc/${child}/comm`, 'utf8').startsWith('pagefind')) lowerProcess(Number(child));
    }
  } catch {
    // Not Linux: Pagefind indexes at its usual priority.
  }
}

/** In `npm run dev`: serves the last build's index, since the dev server has no built pages to index. */
export function pagefind(): AstroIntegration {
  let outDir: URL | undefined;
  return {
    name: 'asn-prima:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:server:setup': ({ server, logger }) => {
        // The dev server renders pages on demand, so there is nothing to index: serve the last
        // build's index if there is one, and say plainly which case applies.
        if (!outDir || !existsSync(new URL(`${PAGEFIND_DIR}/pagefind.js`, outDir))) {
          logger.warn('Pencarian (/cari/) butuh indeks dari build: jalankan `npm run build` dulu.');
          return;
        }
        logger.warn('Pencarian (/cari/) memakai indeks dari build terakhir; jalankan `npm run build` untuk memperbaruinya.');
        // The index and the result thumbnails it points to (built images under /_astro/, which the dev server never uses).
        for (const prefix of [PAGEFIND_DIR, '_astro']) {
          const base: URL = new URL(`${prefix}/`, outDir);
          server.middlewares.use(`/${prefix}/`, (req, res, next) => {
            const file = new URL(`.${new URL(req.url ?? '/', 'http://x').pathname}`, base);
            if (!file.href.startsWith(base.href) || !existsSync(file) || !statSync(file).isFile()) return next();
            res.setHeader('Content-Type', DEV_TYPES[extname(file.pathname)] ?? 'application/octet-stream');
            res.end(readFileSync(file));
          });
        }
      },
    },
  };
}
