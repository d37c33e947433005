import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { TYPESCRIPT_NODE_OPTIONS } from '../../deploy/typescript.mjs';
import { adoptApprovals } from '../check/approvedBodies.ts';
import { contentChecked, holdContentUntil } from '../check/gate.ts';
import { type Problem, formatProblem, summarize } from '../check/problems.ts';

/**
 * Runs the content check before Astro uses any content. A build stops on a bad file with the
 * whole list of problems, so nothing is published half-way; the dev server keeps running and
 * prints the list, so an editor can fix the file and see the page again. Scheduled pieces are
 * listed as warnings with the day they will appear.
 *
 * The check runs in a process of its own while Astro starts its bundler and reads the content, and
 * Astro's content loaders wait for it (src/check/gate.ts says how that keeps the guarantees of
 * running it first). It took the main thread 0.5 s at 1,000 articles and 2.2 s at 10,000, before
 * anything else could start. A process, not a worker thread: a thread's memory stayed with Astro's
 * process after it ended (some 100 MB, there for the rest of the build), a process's goes with it.
 * (Nor can it run here later: once Astro has loaded its config, the config's modules can no longer
 * import TypeScript.)
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'asn-prima:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        holdContentUntil(
          findProblems(contentDir, root).then(
            (problems) => report(problems, command, logger),
            (error: unknown) => {
              logger.error(`Pemeriksaan konten tidak dapat dijalankan: ${error instanceof Error ? error.message : String(error)}`);
              if (command === 'build') process.exit(1);
            },
          ),
        );
      },
      // Content is read through the loaders, which wait already; this is for a build that somehow reads none.
      'astro:build:start': () => contentChecked(),
    },
  };
}

async function findProblems(contentDir: string, root: string): Promise<Problem[]> {
  const { problems, approvals } = await checkInOwnProcess(contentDir, root);
  adoptApprovals(approvals);
  return problems;
}

/** The check in a process of its own, as a build runs it: its problems, and the bodies it approved. */
export function checkInOwnProcess(contentDir: string, root: string): Promise<{ problems: Problem[]; approvals: [string, string][] }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./contentCheckProcess.ts', import.meta.url)), [contentDir, root], {
      serialization: 'advanced',
      execArgv: TYPESCRIPT_NODE_OPTIONS,
    });
    child.once('message', resolve);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`pemeriksa berhenti (kode ${code})`)));
  });
}

/** Prints the problems; over errors, a build stops here (the dev server goes on). */
function report(problems: Problem[], command: string, logger: AstroIntegrationLogger): void {
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(p));
  for (const p of errors) logger.error(formatProblem(p));
  if (errors.length === 0 || command !== 'build') return;
  logger.error(
    `Konten tidak valid (${summarize(problems)}). Build dihentikan sebelum menulis halaman apa pun; perbaiki lalu jalankan lagi. PANDUAN-PENULIS.md menjelaskan arti tiap pesan.`,
  );
  // Exiting here, instead of throwing, keeps Astro from wrapping the list in an English error with a stack trace.
  process.exit(1);
}
