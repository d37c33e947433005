/**
 * Writes the benchmark's baseline: a bare Astro blog in the spirit of Astro's `examples/blog`, with
 * nothing of ours (no check, no listings, no search, no islands). One page per article with its hero
 * image, an index of every article with its hero, RSS and a sitemap. It is written inside the
 * worktree (under test/.output/, ignored by git) so Node resolves astro, @astrojs/mdx, @astrojs/rss,
 * @astrojs/sitemap and sharp from our own node_modules: the same versions, nothing downloaded.
 * It reads the generated corpus in place (BENCH_ARTICLES), skipping the one article that uses our
 * editors' components, which a bare blog cannot render.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILES = {
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['src'] }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://example.com',
  outDir: process.env.BENCH_OUT_DIR,
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  integrations: [mdx(), sitemap()],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const blog = defineCollection({
  loader: glob({ base: process.env.BENCH_ARTICLES ?? 'missing', pattern: '*/artikel-uji-[0-9]*.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      draft: z.boolean().optional(),
      hero: z.object({ src: image(), alt: z.string() }).optional(),
    }),
});

export const collections = { blog };
`,
  'src/posts.ts': `import { getCollection } from 'astro:content';

export async function posts() {
  return (await getCollection('blog', (p) => !p.data.draft)).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
}
`,
  'src/styles.css': `body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
img { max-width: 100%; height: auto; }
`,
  'src/BaseHead.astro': `---
import './styles.css';
const { title, description, image } = Astro.props;
const canonical = new URL(Astro.url.pathname, Astro.site);
---
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="canonical" href={canonical} />
<link rel="alternate" type="application/rss+xml" title="Blog" href={new URL('rss.xml', Astro.site)} />
<link rel="sitemap" href="/sitemap-index.xml" />
<title>{title}</title>
<meta name="description" content={description} />
<meta property="og:title" content={title} />
<meta property="og:description" content={description} />
<meta property="og:url" content={canonical} />
{image && <meta property="og:image" content={new URL(image, Astro.site)} />}
`,
  'src/pages/index.astro': `---
import { Image } from 'astro:assets';
import BaseHead from '../BaseHead.astro';
import { posts } from '../posts';
const all = await posts();
---
<html lang="id">
  <head><BaseHead title="Blog" description="Semua tulisan" /></head>
  <body>
    <main>
      <ul>
        {all.map((p) => (
          <li>
            <a href={\`/\${p.id}/\`}>
              {p.data.hero && <Image width={720} height={360} src={p.data.hero.src} alt="" />}
              <h2>{p.data.title}</h2>
              <time datetime={p.data.pubDate.toISOString()}>{p.data.pubDate.toLocaleDateString('id-ID')}</time>
            </a>
          </li>
        ))}
      </ul>
    </main>
  </body>
</html>
`,
  'src/pages/[...slug].astro': `---
import { Image } from 'astro:assets';
import { render } from 'astro:content';
import BaseHead from '../BaseHead.astro';
import { posts } from '../posts';

export async function getStaticPaths() {
  return (await posts()).map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
const { title, description, pubDate, hero } = post.data;
---
<html lang="id">
  <head><BaseHead title={title} description={description} image={hero?.src.src} /></head>
  <body>
    <main>
      <article>
        {hero && <Image width={1020} height={510} src={hero.src} alt={hero.alt} />}
        <h1>{title}</h1>
        <time datetime={pubDate.toISOString()}>{pubDate.toLocaleDateString('id-ID')}</time>
        <Content />
      </article>
    </main>
  </body>
</html>
`,
  'src/pages/rss.xml.js': `import rss from '@astrojs/rss';
import { posts } from '../posts';

export async function GET(context) {
  return rss({
    title: 'Blog',
    description: 'Semua tulisan',
    site: context.site,
    items: (await posts()).map((p) => ({ title: p.data.title, description: p.data.description, pubDate: p.data.pubDate, link: \`/\${p.id}/\` })),
  });
}
`,
};

/** (Re)creates the baseline project in `dir`. */
export function writeBaseline(dir) {
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
