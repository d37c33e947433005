import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { ReadResponse, outputPath, teeingPrerenderer } from '../../src/integrations/whileRendering.ts';

// src/integrations/whileRendering.ts: Astro's prerenderer, with each page also handed to Pagefind and the compressing worker.
type RouteData = Parameters<AstroPrerenderer['render']>[1]['routeData'];
type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>;
const route = (type: string) => ({ routeData: { type } as RouteData });
const html = '<!doctype html><html lang="id"><title>Berita</title><p>Isi</p></html>';

function fakeAstro(respond: (url: string) => Rendered | Promise<Rendered>) {
  const calls: string[] = [];
  const base: AstroPrerenderer = {
    name: 'astro:default',
    async setup() {
      calls.push('setup');
    },
    async getStaticPaths() {
      return [];
    },
    render: async (request) => respond(request.url),
    async teardown() {
      calls.push('teardown');
    },
  };
  const handed: { path: string; text: string }[] = [];
  const tee = teeingPrerenderer(base, async () => {
    calls.push('start');
    return {
      add: (path, bytes) => handed.push({ path, text: new TextDecoder().decode(bytes) }),
      end: async (complete) => {
        calls.push(complete ? 'end' : 'end, incomplete');
      },
    };
  });
  const render = (url: string, type = 'page') => tee.render(new Request(url), route(type));
  return { tee, render, calls, handed };
}

const responseOf = (result: Rendered) => (result instanceof Response ? result : result.response);

describe('teeingPrerenderer', () => {
  it('gives Astro the same page (bytes, status, headers) and the sink a copy of its bytes', async () => {
    const { tee, render, handed } = fakeAstro(() => new Response(html, { status: 200, headers: { 'content-type': 'text/html', 'x-asn': '1' } }));
    await tee.setup!();
    const response = responseOf(await render('https://asnprima.id/berita/contoh/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-asn')).toBe('1');
    expect(await response.text()).toBe(html);
    expect(handed).toEqual([{ path: '/berita/contoh/index.html', text: html }]);
  });

  it('keeps the metadata Astro collects for incremental builds', async () => {
    const metadata = { contentEntryKeys: ['content/berita/contoh.mdx'], staticImages: [] };
    const { tee, render, handed } = fakeAstro(() => ({ response: new Response(html), metadata }));
    await tee.setup!();
    const result = await render('https://asnprima.id/');
    expect(result).toMatchObject({ metadata });
    expect(await responseOf(result).text()).toBe(html);
    expect(handed).toEqual([{ path: '/index.html', text: html }]);
  });

  it('hands over nothing but successful responses, and nothing before setup', async () => {
    const { tee, render, handed } = fakeAstro((url) =>
      url.endsWith('/lama/') ? new Response(null, { status: 301, headers: { location: '/baru/' } }) : new Response(html),
    );
    await render('https://asnprima.id/sebelum/');
    await tee.setup!();
    const redirect = responseOf(await render('https://asnprima.id/lama/', 'redirect'));
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/baru/');
    await render('https://asnprima.id/rss.xml', 'endpoint');
    expect(handed.map((h) => h.path)).toEqual(['/rss.xml']);
  });

  it('hands pages over in the order Astro asked for them, whatever order they finish in', async () => {
    const delays: Record<string, number> = { '/a/': 30, '/b/': 0, '/c/': 15, '/d/': 0 };
    const { tee, render, handed, calls } = fakeAstro(async (url) => {
      const { pathname } = new URL(url);
      await new Promise((resolve) => setTimeout(resolve, delays[pathname]));
      if (pathname === '/c/') throw new Error('halaman gagal');
      return new Response(pathname);
    });
    await tee.setup!();
    const results = await Promise.allSettled(['/a/', '/b/', '/c/', '/d/'].map((p) => render(`https://asnprima.id${p}`)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    // A page that failed holds back no other, and the sink learns that the pages are incomplete (no index is written).
    expect(handed.map((h) => h.text)).toEqual(['/a/', '/b/', '/d/']);
    await tee.teardown!();
    expect(calls).toEqual(['setup', 'start', 'end, incomplete', 'teardown']);
  });

  it('starts the sink after Astro set up (the bundles exist then) and ends it before Astro tears down', async () => {
    const { tee, calls } = fakeAstro(() => new Response(html));
    await tee.setup!();
    await tee.teardown!();
    expect(calls).toEqual(['setup', 'start', 'end', 'teardown']);
  });

  it('still tears Astro down when a sink fails to end, and reports the failure', async () => {
    const calls: string[] = [];
    const tee = teeingPrerenderer(
      { name: 'astro:default', getStaticPaths: async () => [], render: async () => new Response(html), teardown: async () => void calls.push('teardown') },
      async () => ({ add: () => {}, end: () => Promise.reject(new Error('indeks gagal')) }),
    );
    await tee.setup!();
    await expect(tee.teardown!()).rejects.toThrow('indeks gagal');
    expect(calls).toEqual(['teardown']);
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

describe('ReadResponse', () => {
  const bytes = () => new TextEncoder().encode(html);
  const made = () => new ReadResponse(bytes(), { status: 200, statusText: 'OK', headers: { 'content-type': 'text/html' } });

  it('is a Response, with the status and headers it was given', () => {
    const response = made();
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.statusText, response.headers.get('content-type')]).toEqual([200, 'OK', 'text/html']);
  });

  it('gives its bytes however the body is read, each time a copy', async () => {
    const response = made();
    const buffer = await response.arrayBuffer();
    new Uint8Array(buffer).fill(0);
    expect(await response.text()).toBe(html);
    expect(new TextDecoder().decode(await response.bytes())).toBe(html);
    expect(await (await response.blob()).text()).toBe(html);
    expect(response.body).toBe(response.body);
    expect(await new Response(response.body).text()).toBe(html);
    expect(await response.clone().text()).toBe(html);
    expect(await new ReadResponse(new TextEncoder().encode('{"a":1}'), {}).json()).toEqual({ a: 1 });
  });

  it("is read by Astro's build as it reads any page: a body present, then arrayBuffer (generate.js)", async () => {
    const response = made();
    expect(response.body).toBeTruthy();
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(html);
  });
});
