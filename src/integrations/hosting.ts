import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/**
 * Readies a build for real hosting: warns when SITE_URL is missing (canonical URLs, RSS and the
 * sitemap would name the default address), and says at the end what still has to run: the .br/.gz
 * copies not made while rendering and the host files come from scripts/finish-build.ts, after Astro exits.
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
      'astro:build:done': ({ dir, logger }) => {
        // Said every time, so a bare `astro build` is never taken for a finished site.
        const out = fileURLToPath(dir);
        const shown = relative(process.cwd(), out);
        logger.info(
          `Halaman selesai; langkah terakhir (salinan .br/.gz, berkas host): tsx scripts/finish-build.ts ${shown.startsWith('..') ? out : shown} (npm run build menjalankannya).`,
        );
      },
    },
  };
}
