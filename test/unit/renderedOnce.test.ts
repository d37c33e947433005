import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import RenderedOnce from '~/components/RenderedOnce.astro';
import { renderedOnce } from '~/data/renderedOnce';

// src/data/renderedOnce.ts: markup that is the same on many pages (an article's card), rendered once per build.
describe('renderedOnce', () => {
  it('renders a key once, also when pages ask at the same time, and gives every page the same HTML', async () => {
    let calls = 0;
    const render = async () => `<article>kartu ${++calls}</article>`;
    const asked = await Promise.all([1, 2, 3].map(() => renderedOnce('uji:satu', render, { fresh: false })));
    expect(asked).toEqual(['<article>kartu 1</article>', '<article>kartu 1</article>', '<article>kartu 1</article>']);
    // Once rendered, the HTML itself, not a promise: the page renders on without waiting.
    expect(renderedOnce('uji:satu', render, { fresh: false })).toBe('<article>kartu 1</article>');
    expect(calls).toBe(1);
    // Another key is rendered for itself.
    expect(await renderedOnce('uji:dua', render, { fresh: false })).toBe('<article>kartu 2</article>');
  });

  it('keeps a failed render failed, for every page that shows it', async () => {
    let calls = 0;
    const render = () => Promise.reject(new Error(`gagal ${++calls}`));
    await expect(renderedOnce('uji:gagal', render, { fresh: false })).rejects.toThrow('gagal 1');
    await expect(renderedOnce('uji:gagal', render, { fresh: false })).rejects.toThrow('gagal 1');
    expect(calls).toBe(1);
  });

  it('renders every time in the dev server, so an edited article shows at once', async () => {
    let calls = 0;
    const render = async () => `v${++calls}`;
    expect(await renderedOnce('uji:dev', render, { fresh: true })).toBe('v1');
    expect(await renderedOnce('uji:dev', render, { fresh: true })).toBe('v2');
  });
});

describe('<RenderedOnce>', () => {
  it('writes its content as Astro renders it, escaped, with nothing around it', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RenderedOnce, {
      props: { id: 'uji:komponen' },
      slots: { default: '<h3 class="title"><a href="/berita/contoh/">Judul &amp; isi</a></h3>' },
    });
    expect(html).toBe('<h3 class="title"><a href="/berita/contoh/">Judul &amp; isi</a></h3>');
  });
});
