/**
 * The lowest scheduling priority (nice 19) for the helpers a build runs beside Astro's rendering
 * (the compressing worker, Pagefind), so they take the time rendering leaves instead of competing
 * for it. Linux sets priority per thread, each with an id of its own that setpriority accepts; a
 * thread made later inherits its maker's. Where /proc is missing, or lowering is not allowed,
 * nothing changes: the work is the same, only less polite.
 */
import { readdirSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

const LOWEST = 19;

/** Lowers every thread `ids` gives (a function, so that finding them may fail quietly too). */
function lower(/** @type {() => number[]} */ ids) {
  try {
    for (const id of ids()) setPriority(id, LOWEST);
  } catch {
    // Not Linux, or not allowed.
  }
}

/** Lowers the calling thread (a worker thread calls it first thing). */
export const lowerThisThread = () => lower(() => [Number(readlinkSync('/proc/thread-self').split('/').pop())]);

/** Lowers every thread the process `pid` has now. */
export const lowerProcess = (/** @type {number} */ pid) => lower(() => readdirSync(`/proc/${pid}/task`).map(Number));
