import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';
import { CONTENT_FOLDERS } from '../check/contentDir.ts';
import type { CampaignChoice } from '../lib/editor/componentForms.ts';
import { editorSetup, type EditorBackend, type EditorInput } from '../lib/editor/editorConfig.ts';
import { adminCsp, adminHtml } from '../lib/editor/adminPage.ts';
import { bundleEditor } from './redaksiBundle.ts';
import { hostedBackendFromEnv } from '../lib/editor/hostedBackend.ts';
import { ADMIN_APP, ADMIN_APP_URL } from '../lib/editor/adminPage.ts';

/**
 * Ruang redaksi: the browser editor at /admin/ (Sveltia CMS, bundled from npm, served from our
 * own origin). `npm run dev` serves it in local-repository mode; a build writes it to
 * `dist/admin/` only when hosted mode is configured (REDAKSI_BACKEND, see README). It is not an
 * Astro page, so it never shares the public pages' scripts, CSP, sitemap or search index.
 */
export function redaksi(contentDir: string): AstroIntegration {
  let root = process.cwd();
  let outDir: URL | undefined;
  return {
    name: 'asn-prima:redaksi',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = config.outDir;
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundleDir = join(root, '.astro', 'redaksi');
        let bundled: Promise<void> | undefined;
        // Astro answers `/admin` (trailingSlash: 'always') with its own 404 from a middleware it puts
        // at the front of the stack once the server is set up; this redirect goes in front of it.
        const redirectToSlash = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if ((req.url ?? '').split('?')[0] !== '/admin') return next();
          res.writeHead(301, { Location: '/admin/' }).end();
        };
        server.httpServer?.once('listening', () => server.middlewares.stack.unshift({ route: '', handle: redirectToSlash }));
        server.middlewares.use('/admin', (req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://x').pathname;
          if (path === '/' || path === '/index.html') {
            const setup = editorSetup(readEditorInput(resolve(root, contentDir), { mode: 'lokal' }));
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(adminHtml(setup, adminCsp(setup.config)));
            return;
          }
          if (!path.startsWith(`/${ADMIN_APP}/`)) return next();
          bundled ??= bundleEditor({ entry: join(root, 'src/editor/redaksi.ts'), outDir: bundleDir, base: ADMIN_APP_URL }).then(
            () => logger.info('Ruang redaksi siap di /admin/.'),
          );
          bundled
            .then(() => {
              const file = resolve(bundleDir, `.${path.slice(ADMIN_APP.length + 1)}`);
              if (!file.startsWith(bundleDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
              res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
              res.end(readFileSync(file));
            })
            .catch((error: unknown) => {
              bundled = undefined;
              next(error);
            });
        });
      },
      'astro:build:done': async ({ logger }) => {
        const backend = hostedBackendFromEnv(process.env);
        if (!backend || !outDir) return;
        await writeAdmin({ root, contentDir, dir: fileURLToPath(new URL('admin/', outDir)), backend });
        logger.info(`Ruang redaksi (${backend.name}, ${backend.repo}) ditulis ke admin/.`);
      },
    },
  };
}

/**
 * Writes the editor to `dir` (served at /admin/): the bundle, and `index.html` set up for `backend`.
 * `pages` adds more HTML pages beside it with other backends (the browser tests use this).
 */
export async function writeAdmin(options: {
  root: string;
  contentDir: string;
  dir: string;
  backend: EditorBackend;
  pages?: Record<string, EditorBackend>;
}): Promise<void> {
  await bundleEditor({ entry: join(options.root, 'src/editor/redaksi.ts'), outDir: join(options.dir, ADMIN_APP), base: ADMIN_APP_URL });
  mkdirSync(options.dir, { recursive: true });
  for (const [name, backend] of Object.entries({ index: options.backend, ...options.pages })) {
    const setup = editorSetup(readEditorInput(resolve(options.root, options.contentDir), backend));
    writeFileSync(join(options.dir, `${name}.html`), adminHtml(setup, adminCsp(setup.config)));
  }
}

const MIME: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Campaigns and standalone pages as the editor offers them; unreadable files are left to `npm run cek`. */
export function readEditorInput(contentDir: string, backend: EditorBackend): EditorInput {
  const frontmatterTitle = (file: string) => {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
    return titleOf(match?.[1] ?? '');
  };
  const campaigns: CampaignChoice[] = listFiles(join(contentDir, CONTENT_FOLDERS.campaigns), ['.yaml', '.yml']).map(({ slug, path }) => ({
    slug,
    title: titleOf(readFileSync(path, 'utf8')) ?? slug,
  }));
  const pages = listFiles(join(contentDir, CONTENT_FOLDERS.pages), ['.mdx']).map(({ slug, path }) => ({
    slug,
    title: frontmatterTitle(path) ?? slug,
  }));
  return { backend, folders: CONTENT_FOLDERS, campaigns, pages };
}

function listFiles(dir: string, extensions: string[]): { slug: string; path: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => extensions.includes(extname(f)))
    .sort()
    .map((f) => ({ slug: f.slice(0, -extname(f).length), path: join(dir, f) }));
}

function titleOf(source: string): string | undefined {
  try {
    const data = yaml.load(source);
    return data && typeof data === 'object' && 'title' in data && typeof data.title === 'string' ? data.title : undefined;
  } catch {
    return undefined;
  }
}
