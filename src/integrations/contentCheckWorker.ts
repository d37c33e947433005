/**
 * The content check on a thread of its own (started by ./contentCheck.ts): it posts the problems
 * runChecks finds and ends. Node runs this TypeScript file as it is (type stripping), which is why
 * ./contentCheck.ts starts it only where `process.features.typescript` says Node can.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runChecks } from '../check/checks.ts';

const { contentDir, root } = workerData as { contentDir: string; root: string };
parentPort?.postMessage(runChecks(contentDir, { root }));
