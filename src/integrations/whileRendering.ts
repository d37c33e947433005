import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { MADE_LIST_ENV, compressAhead, copyCacheDir } from '../../deploy/compress.mjs';
import { CACHE_DIR } from '../check/contentDir.ts';
import { PAGEFIND_DIR } from '../lib/search/searchState.ts';
import { type IndexAhead, startIndexAhead } from './pagefind.ts';
import { currentStackSettings, restoreStackSettings } from './stackTraces.ts';

/**
 * The search index and the .br/.gz copies made while Astro renders, in the time rendering leaves.
 *
 * Astro renders pages on one thread. On the two-core machines CI runs on, the other core used to
 * wait until the last step (scripts/finish-build.ts) had read every page back from disk for
 * Pagefind and compressed every page and script: 4.6 s of 26 at 1,000 articles, 35 s at 10,000.
 * This integration wraps Astro's prerenderer: each page, as it is rendered, goes to Pagefind and to
 * the compressing worker (as do the bundled scripts and styles, once they exist), both at the
 * lowest priority, so they mostly take the time rendering leaves (they still slow it somewhat: the
 * README has the figures). The index is written and Pagefind stopped when the last page is
 * rendered (its memory is gone before the images are made); the copies land in the copy cache,
 * where the last step takes each after checking it (or on the list of those this build's worker
 * made), and makes whatever is missing. Pages reach Astro unchanged. A build whose rendering failed
 * writes no index.
 */
export function whileRendering(cacheRoot: string = CACHE_DIR): AstroIntegration {
  let outDir = 'dist';
  let stacks = currentStackSettings();
  let copies: ReturnType<typeof compressAhead> | undefined;
  return {
    name: 'asn-prima:while-rendering',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        stacks = currentStackSettings();
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((base) =>
          teeingPrerenderer(base, async () => {
            // Bundling, and with it Babel, is over (./stackTraces.ts).
            restoreStackSettings(stacks);
            const search = await startIndexAhead();
            const compressing = compressAhead(copyCacheDir(cacheRoot, outDir), { list: process.env[MADE_LIST_ENV] || undefined });
            copies = compressing;
            // What the bundler and public/ put in the output so far: scripts, styles, data files.
            compressing.addBuilt(outDir);
            return {
              add(path, bytes) {
                compressing.add(path, bytes);
                search.add(path, bytes);
              },
              async end(complete) {
                try {
                  if (!complete) return await search.discard();
                  await writeIndex(search, outDir, logger);
                  compressing.addBuilt(outDir, `/${PAGEFIND_DIR}/`);
                } finally {
                  // The worker goes on while Astro makes the images; what it has not begun at the end is the last step's.
                  void compressing.finish();
                }
              },
            };
          }),
        );
      },
      'astro:build:done': async () => {
        // What the worker has not reached by now (at 10,000 articles, Pagefind's files: 1.7 s on its
        // one thread at the lowest priority) the last step makes faster, on every core.
        await copies?.stop();
        copies = undefined;
      },
    },
  };
}

async function writeIndex(search: IndexAhead, outDir: string, logger: AstroIntegrationLogger) {
  try {
    // Pagefind may still be reading the last pages: the wait until it is done shows up after this line.
    logger.info('Semua halaman dirender; menulis indeks pencarian.');
    logger.info(`Indeks pencarian dibuat dari ${await search.write(outDir)} halaman.`);
  } catch (error) {
    throw new Error(`Indeks pencarian gagal dibuat: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Where rendered pages go besides Astro's own files. */
export interface PageSink {
  add(path: string, bytes: Uint8Array): void;
  /** No more pages (`complete` false when a page failed to render); the rendering's end waits for what it returns. */
  end(complete: boolean): Promise<unknown> | void;
}

/**
 * Astro's prerenderer with each rendered page's bytes also handed to the sink `start` gives (in
 * `setup`, once the bundles exist). Only successful responses: a redirect's page is Astro's own.
 *
 * Pages reach the sink in the order Astro asked for them, not the order they finished (eight are
 * in flight): Pagefind numbers pages as they come, and its files must be the same in every build
 * of the same pages. A finished page waits for the ones asked for before it, a few at most.
 */
export function teeingPrerenderer(base: AstroPrerenderer, start: () => Promise<PageSink>): AstroPrerenderer {
  let sink: PageSink | undefined;
  let asked = 0;
  let handed = 0;
  /** Whether a page failed to render: the build fails then, and the sink is told the pages are incomplete. */
  let broken = false;
  /** Finished pages by the order they were asked for; undefined for one that gives the sink nothing. */
  const finished = new Map<number, { path: string; bytes: Uint8Array } | undefined>();
  const handOver = () => {
    while (finished.has(handed)) {
      const page = finished.get(handed);
      finished.delete(handed);
      handed++;
      if (page) sink?.add(page.path, page.bytes);
    }
  };
  return {
    name: `${base.name}+asn-prima:while-rendering`,
    async setup() {
      await base.setup?.();
      sink = await start();
    },
    getStaticPaths: () => base.getStaticPaths(),
    async render(request, options) {
      const turn = asked++;
      let page: { path: string; bytes: Uint8Array } | undefined;
      let rendered = false;
      try {
        const result = await base.render(request, options);
        rendered = true;
        const response = result instanceof Response ? result : result.response;
        if (!sink || response.status !== 200 || !response.body) return result;
        const bytes = new Uint8Array(await response.arrayBuffer());
        page = { path: outputPath(request.url, options.routeData.type), bytes };
        const same = new ReadResponse(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? same : { ...result, response: same };
      } finally {
        if (!rendered) broken = true;
        finished.set(turn, page);
        handOver();
      }
    },
    ...(base.collectStaticImages && { collectStaticImages: () => base.collectStaticImages!() }),
    async teardown() {
      const ending = sink?.end(!broken);
      sink = undefined;
      try {
        await ending;
      } finally {
        await base.teardown?.();
      }
    },
  };
}

/**
 * A Response whose body is bytes already read. `new Response(bytes)` copied the bytes and wrapped
 * them in a stream, which Astro then read back chunk by chunk (`arrayBuffer()`): about 0.1 s of the
 * rendering thread per 1,000 pages. Here every way of reading the body gives a copy of the bytes
 * straight away, and `body` is one stream of them, made the first time it is asked for.
 */
export class ReadResponse extends Response {
  readonly #bytes: Uint8Array;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;

  constructor(bytes: Uint8Array, init: ResponseInit) {
    super(null, init);
    this.#bytes = bytes;
  }

  // One stream, as a Response has: whoever asks for `body` twice gets the same one.
  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const bytes = this.#bytes;
    this.#stream ??= new ReadableStream({
      start(controller) {
        controller.enqueue(bytes.slice());
        controller.close();
      },
    });
    return this.#stream;
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice().buffer;
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#bytes.slice();
  }

  override async text(): Promise<string> {
    return new TextDecoder().decode(this.#bytes);
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.#bytes.slice()], { type: this.headers.get('content-type') ?? '' });
  }

  override clone(): ReadResponse {
    return new ReadResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers });
  }
}

/** Where a rendered URL's file goes (trailing slashes, `directory` format): a page is `…/index.html`, an endpoint its own name. */
export function outputPath(url: string, routeType: string): string {
  const { pathname } = new URL(url);
  if (routeType !== 'page') return pathname;
  return `${pathname.endsWith('/') ? pathname : `${pathname}/`}index.html`;
}
