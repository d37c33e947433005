// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { mdxGuardPlugin } from './src/check/mdxGuardPlugin.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { hosting } from './src/integrations/hosting.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, cspHash } from './deploy/policy.mjs';
import { THEME_SCRIPT } from './src/lib/theme.ts';
import { CACHE_DIR, CONTENT_DIR, OUT_DIR } from './src/check/contentDir.ts';
import { mdxComponentPlugin } from './src/integrations/mdxComponentPlugin.ts';
import { redaksi } from './src/integrations/redaksi.ts';
import { quietBuildLog } from './src/integrations/buildLog.ts';
import { syncDigest } from './src/integrations/syncDigest.ts';
import { noDepOptimizer } from './src/integrations/noDepOptimizer.ts';
import { whileRendering } from './src/integrations/whileRendering.ts';

export default defineConfig({
  // Deployers set SITE_URL to the address the site is served from; canonical URLs, RSS and the sitemap use it.
  site: process.env.SITE_URL || 'https://asnprima.id',
  // Tests build a generated corpus next to the real site without overwriting it.
  outDir: OUT_DIR,
  // Content-layer store and optimised images (src/check/contentDir.ts).
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // Astro's sharp service, making a picture's sizes and formats side by side in a build (see there why).
  image: { service: { entrypoint: './src/integrations/imageService.ts' } },
  build: {
    // Stylesheets stay files: an inline <style> needs its hash in every policy, and files are cached across pages.
    inlineStylesheets: 'never',
    // Astro awaits each page's folder and file write before rendering the next, and the thread sat idle
    // a fifth of the time; with pages in flight one renders while others are written (rendering 1,000
    // articles: 11-14 s one at a time, 8-10 s with four, a median 6.7 against 7.4 s with eight in five
    // alternated pairs; sixteen was no better). Output is byte-identical; shared lookups are memoised promises.
    concurrency: 8,
  },
  // Shiki colours code with inline styles, which the Content Security Policy forbids; articles need no code highlighting.
  // The guard (src/check/mdxGuardPlugin.ts) refuses raw HTML and unsafe links in plain Markdown pages too.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [mdxGuardPlugin()] }) },
  integrations: [
    contentCheck(CONTENT_DIR),
    // The guard refuses code and unsafe HTML in any MDX it compiles (also files saved while `npm run dev` runs);
    // then editors' components (src/components/mdx/) learn which article they are in, and their image paths become imports.
    mdx({ processor: satteri({ mdastPlugins: [mdxGuardPlugin(), mdxComponentPlugin(CONTENT_DIR)] }) }),
    // The islands' JSX is compiled by Vite's own transform (oxc, set up by tsconfig.json's `jsx` and
    // `jsxImportSource`), byte for byte what Babel gave, without Babel's ~20 ms per island file twice
    // per build; Babel is told to skip every file (`ignore`). `exclude` stays: it also tells Astro which
    // components are Preact's, and keeps other modules and Astro's generated lists (.astro/) out.
    preact({ exclude: [/node_modules/, /\/\.astro\//, /\/src\/(?!islands\/)/], babel: { ignore: [/./] } }),
    sitemap(),
    // In `npm run dev`, /cari/ searches the last build's index; a build's index is made as pages render
    // (whileRendering below), its host files after Astro exits (scripts/finish-build.ts, run by `npm run build`).
    pagefind(),
    // The browser editor at /admin/: in `npm run dev`, and in a build only when hosted mode is configured.
    redaksi(CONTENT_DIR),
    // Warns when SITE_URL is missing, and says at the end of a build what the last step still adds.
    hosting(),
    // While pages render, the policy's SHA digests without a trip through the thread pool.
    syncDigest(),
    // A build's content sync without Vite pre-bundling browser dependencies for a dev server nobody opens.
    noDepOptimizer(),
    // The search index and the .br/.gz copies made while pages render, on the core rendering leaves
    // idle; the last step checks and links the copies instead of compressing after Astro.
    whileRendering(),
  ],
  vite: {
    // The dev server watches the project for changes; the builds and generated corpora of tests and
    // benchmarks under test/.output/ (150,000 files after `npm run bench -- 10000`) exhausted the
    // system's file watchers, and then saved articles no longer showed.
    server: { watch: { ignored: ['**/test/.output/**'] } },
    build: {
      rollupOptions: {
        // Without Rolldown's once-per-MDX-file warning about an Astro marker (src/integrations/buildLog.ts).
        onLog: quietBuildLog,
        output: {
          // What the small page scripts (theme toggle, "/" shortcut) share travels as one cached file,
          // not a chain of tiny ones; the islands that also use safe storage load the same file.
          manualChunks: (id) => (/\/src\/lib\/(safeStorage|pageStorage|searchShortcut|theme)\.ts$/.test(id) ? 'page' : undefined),
        },
      },
    },
  },
  // The page policy lives in deploy/policy.mjs with the headers it must agree with.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      // /cari/ adds 'wasm-unsafe-eval' for itself (Astro.csp); the inline theme script is not hashed by Astro.
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES], hashes: [cspHash(THEME_SCRIPT)] },
    },
  },
});
