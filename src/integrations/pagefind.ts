import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { SITE_LANG } from '../vocab/locale.ts';
import { ARTICLE_KINDS } from '../vocab/kinds.ts';
import { PAGEFIND_DIR } from '../lib/search/searchState.ts';
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
  // Loaded here, not with the module: Astro's config imports this file, and only the last step indexes.
  const { close, createIndex } = await import('pagefind');
  try {
    // Pages already say lang="id"; forcing it keeps stemming Indonesian even if a page forgets.
    const { index, errors } = await createIndex({ forceLanguage: SITE_LANG });
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: dir, glob: SEARCHED_PAGES });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(dir, PAGEFIND_DIR) });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return added.page_count;
  } finally {
    await close();
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
