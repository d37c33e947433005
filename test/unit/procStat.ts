/** Reading Linux's /proc for tests of the build's helper priorities (deploy/priority.mjs). */
import { readFileSync, readdirSync } from 'node:fs';

/**
 * A thread's fields after its name in /proc/…/stat: the name, in parentheses, may hold spaces, so
 * the fields are split after its closing ") ". Field 0 is the state, field 16 the nice value.
 */
const statFields = (path: string) => readFileSync(path, 'utf8').split(') ')[1]!.split(' ');

/** The nice value of one thread of process `pid`. */
export const niceOf = (pid: number | string, thread: number | string) => Number(statFields(`/proc/${pid}/task/${thread}/stat`)[16]);

/**
 * What `read` gives, or `gone` when what it reads has just ended: a thread or process whose /proc
 * entry went between a listing and the read, as `childProcesses` in deploy/priority.mjs skips one.
 * Any other error is thrown.
 */
export function unlessGone<T>(read: () => T, gone: T): T {
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return gone;
    throw error;
  }
}

/** The nice value of every thread process `pid` has now (none once it has ended). */
export const threadNiceness = (pid: number | string): number[] =>
  unlessGone(() => readdirSync(`/proc/${pid}/task`), []).flatMap((thread) => unlessGone(() => [niceOf(pid, thread)], []));

/** Whether process `pid` is running, not ended and waiting to be reaped (a zombie, state Z). */
export const isRunning = (pid: number | string) => statFields(`/proc/${pid}/stat`)[0] !== 'Z';
