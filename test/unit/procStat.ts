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
 * The nice value of every thread process `pid` has now. A thread that ends between the listing and
 * the read (its entry gone) is skipped, as `childProcesses` in deploy/priority.mjs skips one; any
 * other error is thrown.
 */
export const threadNiceness = (pid: number | string) =>
  readdirSync(`/proc/${pid}/task`).flatMap((thread) => {
    try {
      return [niceOf(pid, thread)];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  });

/** Whether process `pid` is running, not ended and waiting to be reaped (a zombie, state Z). */
export const isRunning = (pid: number | string) => statFields(`/proc/${pid}/stat`)[0] !== 'Z';
