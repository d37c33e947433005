import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { compressBuild, createPageCompressor } from '../../deploy/compress.mjs';
import { writeHostFiles } from '../../deploy/hostFiles.mjs';
import type { RenderedPages } from './renderedPages';

/**
 * Readies a build for real hosting: warns when SITE_URL is missing (canonical URLs, RSS and the
 * sitemap would name the default address); once every page and the search index exist, writes
 * the .br/.gz copies and then, last, the host files (`_headers`, `_nginx/`) from deploy/policy.mjs.
 *
 * Pages are compressed as they are rendered, by one worker thread beside the (single-threaded)
 * rendering; the rest (styles, scripts, feeds, the search index) once the build is done, with one
 * thread per core. At 10,000 articles this took the copies from some 21 s after the rendering to
 * 4 s; one thread, because two slowed the rendering down more than they saved.
 */
export function hosting(pages: RenderedPages): AstroIntegration {
  let outDir = '';
  let compressor: ReturnType<typeof createPageCompressor> | undefined;
  const compressed = new Set<string>();
  pages.onPage(async ({ path, bytes }) => {
    compressed.add(path);
    await (compressor ??= createPageCompressor(outDir, { threads: 1 })).add(path, bytes);
  });
  return {
    name: 'asn-prima:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        compressor = undefined;
        compressed.clear();
      },
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || process.env['SITE_URL']) return;
        logger.warn(
          [
            '',
            '**************************************************************************',
            `SITE_URL tidak diisi: URL kanonik, RSS, dan sitemap memakai ${config.site}.`,
            'Untuk situs yang dipasang, bangun dengan SITE_URL=https://alamat-situs npm run build.',
            '**************************************************************************',
          ].join('\n'),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const start = performance.now();
        const streamed = compressor ? await compressor.finish() : 0;
        compressor = undefined;
        const count = streamed + (await compressBuild(out, { done: compressed }));
        logger.info(`${count} berkas dikompresi (br, gz) dalam ${((performance.now() - start) / 1000).toFixed(1)} d.`);
        // Last: _headers marks a finished build for `npm start`, which reloads when it changes.
        const csp = writeHostFiles(out);
        logger.info(`_headers dan _nginx/ ditulis (CSP ${csp.length} karakter).`);
      },
    },
  };
}
