import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { outputPath, teeingPrerenderer } from '../../src/integrations/compressAhead.ts';

// src/integrations/compressAhead.ts: Astro's prerenderer, with each page also handed to the compressing worker.
type RouteData = Parameters<AstroPrerenderer['render']>[1]['routeData'];
const route = (type: string) => ({ routeData: { type } as RouteData });

function fakeAstro(respond: (url: string) => Awaited<ReturnType<AstroPrerenderer['render']>>) {
  const calls: string[] = [];
  const base: AstroPrerenderer = {
    name: 'astro:default',
    async setup() {
      calls.push('setup');
    },
    async getStaticPaths() {
      return [];
    },
    async render(request) {
      return respond(request.url);
    },
    async teardown() {
      calls.push('teardown');
    },
  };
  const handed: { path: string; text: string }[] = [];
  const sink = {
    add: (path: string, bytes: Uint8Array) => handed.push({ path, text: new TextDecoder().decode(bytes) }),
    finish: async () => calls.push('finish'),
  };
  const tee = teeingPrerenderer(base, {
    start() {
      calls.push('start');
      return sink;
    },
  });
  return { tee, calls, handed };
}

const html = '<!doctype html><html lang="id"><title>Berita</title><p>Isi</p></html>';

describe('teeingPrerenderer', () => {
  it('gives Astro the same page (bytes, status, headers) and the worker a copy of its bytes', async () => {
    const { tee, handed } = fakeAstro(() => new Response(html, { status: 200, headers: { 'content-type': 'text/html', 'x-asn': '1' } }));
    await tee.setup!();
    const result = await tee.render(new Request('https://asnprima.id/berita/contoh/'), route('page'));
    const response = result instanceof Response ? result : result.response;
    expect(response.status).toBe(200);
    expect(response.headers.get('x-asn')).toBe('1');
    expect(await response.text()).toBe(html);
    expect(handed).toEqual([{ path: '/berita/contoh/index.html', text: html }]);
  });

  it('keeps the metadata Astro collects for incremental builds', async () => {
    const metadata = { contentEntryKeys: ['content/berita/contoh.mdx'], staticImages: [] };
    const { tee, handed } = fakeAstro(() => ({ response: new Response(html), metadata }));
    await tee.setup!();
    const result = await tee.render(new Request('https://asnprima.id/'), route('page'));
    expect(result).toMatchObject({ metadata });
    expect(await (result as { response: Response }).response.text()).toBe(html);
    expect(handed).toEqual([{ path: '/index.html', text: html }]);
  });

  it('hands over nothing but successful responses, and nothing before setup', async () => {
    const { tee, handed } = fakeAstro((url) =>
      url.endsWith('/lama/') ? new Response(null, { status: 301, headers: { location: '/baru/' } }) : new Response(html),
    );
    await tee.render(new Request('https://asnprima.id/sebelum/'), route('page'));
    await tee.setup!();
    const redirect = await tee.render(new Request('https://asnprima.id/lama/'), route('redirect'));
    expect((redirect as Response).status).toBe(301);
    expect((redirect as Response).headers.get('location')).toBe('/baru/');
    await tee.render(new Request('https://asnprima.id/rss.xml'), route('endpoint'));
    expect(handed.map((h) => h.path)).toEqual(['/rss.xml']);
  });

  it('starts the worker after Astro set up (the bundles exist then) and lets it finish at teardown', async () => {
    const { tee, calls } = fakeAstro(() => new Response(html));
    await tee.setup!();
    await tee.teardown!();
    expect(calls).toEqual(['setup', 'start', 'finish', 'teardown']);
  });
});

describe('outputPath', () => {
  it('is the file Astro writes for a URL', () => {
    expect(outputPath('https://asnprima.id/', 'page')).toBe('/index.html');
    expect(outputPath('https://asnprima.id/berita/contoh/', 'page')).toBe('/berita/contoh/index.html');
    expect(outputPath('https://asnprima.id/404', 'page')).toBe('/404/index.html');
    expect(outputPath('https://asnprima.id/rss.xml', 'endpoint')).toBe('/rss.xml');
    expect(outputPath('https://asnprima.id/donasi/asn-charity-2025.json', 'endpoint')).toBe('/donasi/asn-charity-2025.json');
  });
});
