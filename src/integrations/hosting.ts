import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { compressBuild } from '../../deploy/compress.mjs';
import { writeHostFiles } from '../../deploy/hostFiles.mjs';

/**
 * Readies a build for real hosting: warns when SITE_URL is missing (canonical URLs, RSS and the
 * sitemap would name the default address); once every page and the search index exist, writes
 * the .br/.gz copies and then, last, the host files (`_headers`, `_nginx/`) from deploy/policy.mjs.
 */
export function hosting(): AstroIntegration {
  return {
    name: 'asn-prima:hosting',
    hooks: {
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
        const count = await compressBuild(out);
        logger.info(`${count} berkas dikompresi (br, gz) dalam ${((performance.now() - start) / 1000).toFixed(1)} d.`);
        // Last: _headers marks a finished build for `npm start`, which reloads when it changes.
        const csp = writeHostFiles(out);
        logger.info(`_headers dan _nginx/ ditulis (CSP ${csp.length} karakter).`);
      },
    },
  };
}
