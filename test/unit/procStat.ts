/** Reading Linux's /proc for tests of the build's helper priorities (deploy/priority.mjs). */
import { readFileSync, readdirSync } from 'node:fs';

/**
 * A thread's fields after its name in /proc/…/stat: the name, in parentheses, may hold spaces, so
 * the fields are split after its closing ") ". Field 0 is the state, field 16 the nice value.
 */
const statFields = (path: string) => readFileSync(path, 'utf8').split(') ')[1]!.split(' ');

/** The nice value of one thread of process `pid`. */
export const niceOf = (pid: number | string, thread: number | string) => Number(statFields(`/proc/${pid}/task/${thread}/stat`)[16]);

/** The nice value of every thread process `pid` has now. */
export const threadNiceness = (pid: number | string) => readdirSync(`/proc/${pid}/task`).map((thread) => niceOf(pid, thread));

/** Whether process `pid` is running, not ended and waiting to be reaped (a zombie, state Z). */
export const isRunning = (pid: number | string) => statFields(`/proc/${pid}/stat`)[0] !== 'Z';
