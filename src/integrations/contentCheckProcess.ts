/**
 * The content check in a process of its own (started by ./contentCheck.ts, which says why): it
 * sends the problems runChecks finds, with the bodies it approved (so the build's MDX guard need
 * not check them again, src/check/approvedBodies.ts), and ends. Node runs this TypeScript file as it is (type
 * stripping) from 22.18 on; ./contentCheck.ts starts it with tsx before.
 */
import { approvals } from '../check/approvedBodies.ts';
import { runChecks } from '../check/checks.ts';

const [contentDir = 'content', root = process.cwd()] = process.argv.slice(2);
// Started with a channel by ./contentCheck.ts; once the list is sent, the channel closes and the process ends.
process.send?.({ problems: runChecks(contentDir, { root }), approvals: approvals() }, () => process.disconnect?.());
