import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../check/checks';
import { formatProblem, ContentError } from '../check/problems';

/**
 * Runs the content check before Astro reads any content. A build stops on the first bad file
 * with the whole list of problems, so nothing is published half-way; the dev server keeps
 * running and prints the list, so an editor can fix the file and see the page again.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'asn-prima:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const problems = runChecks(contentDir, { root: fileURLToPath(config.root) });
        const errors = problems.filter((p) => p.severity === 'error');
        for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
        if (errors.length === 0) return;
        if (command === 'build') throw new ContentError(problems);
        for (const p of errors) logger.error(formatProblem(p));
      },
    },
  };
}
