import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** An HTML page as Astro rendered it, before it is written: `path` is where it goes in the build (`/berita/x/index.html`). */
export interface RenderedPage {
  path: string;
  bytes: Uint8Array;
}

/** Where a page's request path is written, as Astro does with `build.format: 'directory'`: `/x/` → `/x/index.html`, `/404` → `/404.html`. */
export function pageFile(pathname: string): string {
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  return pathname.endsWith('.html') ? pathname : `${pathname}.html`;
}

/**
 * Work that can start before the build is done: each HTML page the moment Astro renders it
 * (`onPage`: the .br/.gz copies), and every page at once as soon as the last one is written
 * (`onRendered`: the search index, beside Astro's image generation). The rendering is one
 * JavaScript thread, so this uses the core it leaves idle. It wraps Astro's own prerenderer
 * (the public `setPrerenderer` hook), and Astro writes exactly the bytes it rendered.
 *
 * Should another integration (an adapter) set its own prerenderer, ours is not used and neither
 * callback runs: the integrations that listen must then do their work in `astro:build:done`.
 */
export function renderedPages() {
  const pageListeners: ((page: RenderedPage) => void | Promise<void>)[] = [];
  const renderedListeners: (() => void)[] = [];
  const tap = (base: AstroPrerenderer): AstroPrerenderer => ({
    name: 'asn-prima:rendered-pages',
    ...(base.setup ? { setup: () => base.setup!() } : {}),
    getStaticPaths: () => base.getStaticPaths(),
    ...(base.collectStaticImages ? { collectStaticImages: () => base.collectStaticImages!() } : {}),
    // Astro calls this once every page is written, before it generates the images.
    async teardown() {
      await base.teardown?.();
      renderedListeners.forEach((listener) => listener());
    },
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const isPage = options.routeData.type === 'page' && response.status === 200 && response.headers.get('content-type')?.startsWith('text/html');
      if (!isPage || !response.body || pageListeners.length === 0) return result;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const page = { path: pageFile(decodeURI(new URL(request.url).pathname)), bytes };
      // A listener's promise holds rendering back while it catches up.
      await Promise.all(pageListeners.map((listener) => listener(page)));
      // The body can be read once: Astro gets the same bytes in a fresh response.
      const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  });
  const integration: AstroIntegration = {
    name: 'asn-prima:rendered-pages',
    hooks: { 'astro:build:start': ({ setPrerenderer }) => setPrerenderer(tap) },
  };
  return {
    integration,
    /** Each HTML page as it is rendered, before Astro writes it. */
    onPage: (listener: (page: RenderedPage) => void | Promise<void>) => void pageListeners.push(listener),
    /** Once every page is written to the build folder. */
    onRendered: (listener: () => void) => void renderedListeners.push(listener),
  };
}

export type RenderedPages = ReturnType<typeof renderedPages>;
