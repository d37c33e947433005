import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressAhead as startCompressing, copyCacheDir } from '../../deploy/compress.mjs';
import { sitePaths } from '../../deploy/hostFiles.mjs';
import { CACHE_DIR } from '../check/contentDir.ts';

/** Where Astro keeps the code that renders pages during a build (`getPrerenderOutputDirectory`); never served. */
const PRERENDER_FOLDER = '/.prerender/';

/**
 * The .br/.gz copies made while Astro renders, on the core rendering leaves idle.
 *
 * Astro renders pages on one thread; on the two-core machines CI runs on, the other core waited
 * until the last step (scripts/finish-build.ts) compressed every page and script after Astro had
 * exited: 2.7 s of 28 at 1,000 articles. This integration wraps Astro's prerenderer: once the
 * scripts and styles are bundled it hands them to a worker thread, then hands over each page as it
 * is rendered, and the worker puts their copies in the copy cache (deploy/compress.mjs), where the
 * last step finds them. The last step stays the one place that decides what is served: it takes a
 * copy from the cache only after checking that it unpacks to the file's bytes, and makes whatever
 * is missing. Pages reach Astro unchanged (the same bytes, status and headers).
 */
export function compressAhead(cacheRoot: string = CACHE_DIR): AstroIntegration {
  let outDir = 'dist';
  let compressor: ReturnType<typeof startCompressing> | undefined;
  return {
    name: 'asn-prima:compress-ahead',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) =>
          teeingPrerenderer(base, {
            start() {
              compressor = startCompressing(copyCacheDir(cacheRoot, outDir));
              // What the bundler and public/ put in the output so far: scripts, styles, data files. Not
              // Astro's rendering code (.prerender/), which it deletes once pages are rendered.
              for (const path of sitePaths(outDir)) {
                if (!path.startsWith(PRERENDER_FOLDER)) compressor.addFile(path, join(outDir, path));
              }
              return compressor;
            },
          }),
        );
      },
      'astro:build:done': async () => {
        // The images stage, between rendering and here, usually gives the worker time to finish.
        await compressor?.finish();
        compressor = undefined;
      },
    },
  };
}

interface Sink {
  add(path: string, bytes: Uint8Array): void;
  finish(): Promise<unknown>;
}

/**
 * Astro's prerenderer with each rendered page's bytes also handed to `sink` (started once the
 * bundles exist, in `setup`). Only successful responses: a redirect's page is Astro's own.
 */
export function teeingPrerenderer(base: AstroPrerenderer, { start }: { start(): Sink }): AstroPrerenderer {
  let sink: Sink | undefined;
  return {
    name: `${base.name}+asn-prima:compress-ahead`,
    async setup() {
      await base.setup?.();
      sink = start();
    },
    getStaticPaths: () => base.getStaticPaths(),
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (!sink || response.status !== 200 || !response.body) return result;
      const bytes = new Uint8Array(await response.arrayBuffer());
      sink.add(outputPath(request.url, options.routeData.type), bytes);
      const same = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? same : { ...result, response: same };
    },
    ...(base.collectStaticImages && { collectStaticImages: () => base.collectStaticImages!() }),
    async teardown() {
      // No more pages: the worker finishes what it holds while Astro makes the images.
      void sink?.finish();
      await base.teardown?.();
    },
  };
}

/** Where a rendered URL's file goes (trailing slashes, `directory` format): a page is `…/index.html`, an endpoint its own name. */
export function outputPath(url: string, routeType: string): string {
  const { pathname } = new URL(url);
  if (routeType !== 'page') return pathname;
  return `${pathname.endsWith('/') ? pathname : `${pathname}/`}index.html`;
}
