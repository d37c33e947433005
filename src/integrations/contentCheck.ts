import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../check/checks.ts';
import { formatProblem, summarize } from '../check/problems.ts';

/**
 * Runs the content check before Astro reads any content. A build stops on the first bad file
 * with the whole list of problems, so nothing is published half-way; the dev server keeps
 * running and prints the list, so an editor can fix the file and see the page again.
 * Scheduled pieces are listed as warnings with the day they will appear.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'asn-prima:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const problems = runChecks(contentDir, { root: fileURLToPath(config.root) });
        const errors = problems.filter((p) => p.severity === 'error');
        for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        for (const p of errors) logger.error(formatProblem(p));
        if (errors.length === 0 || command !== 'build') return;
        logger.error(
          `Konten tidak valid (${summarize(problems)}). Build dihentikan sebelum menulis halaman apa pun; perbaiki lalu jalankan lagi. PANDUAN-PENULIS.md menjelaskan arti tiap pesan.`,
        );
        // Exiting here, instead of throwing, keeps Astro from wrapping the list in an English error with a stack trace.
        process.exit(1);
      },
    },
  };
}
