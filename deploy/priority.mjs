/**
 * The lowest scheduling priority (nice 19) for the helpers a build runs beside Astro's rendering
 * (the compressing worker, Pagefind), so they take the time rendering leaves instead of competing
 * for it. Linux sets priority per thread, each with an id of its own that setpriority accepts; a
 * thread made later inherits its maker's. Where /proc is missing, or lowering is not allowed,
 * nothing changes: the work is the same, only less polite.
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

const LOWEST = 19;

/**
 * Lowers every thread `ids` gives (a function, so that finding them may fail quietly too). Each on
 * its own: a thread that ended between being listed and being lowered does not stop the others.
 */
export function lowerThreads(/** @type {() => number[]} */ ids) {
  let threads;
  try {
    threads = ids();
  } catch {
    return; // Not Linux, or the process is gone.
  }
  for (const id of threads) {
    try {
      setPriority(id, LOWEST);
    } catch {
      // Ended meanwhile, or not allowed.
    }
  }
}

/** Lowers the calling thread (a worker thread calls it first thing). */
export const lowerThisThread = () => lowerThreads(() => [Number(readlinkSync('/proc/thread-self').split('/').pop())]);

/** Lowers every thread the process `pid` has now. */
export const lowerProcess = (/** @type {number} */ pid) => lowerThreads(() => readdirSync(`/proc/${pid}/task`).map(Number));

/**
 * The ids of the processes that the threads of process `pid` started and that have not been reaped
 * (Linux's /proc). A thread that ends while the list is read (its /proc entry gone) is skipped.
 * @param {number} pid @returns {string[]}
 */
export function childProcesses(pid) {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
      throw error;
    }
  });
}
