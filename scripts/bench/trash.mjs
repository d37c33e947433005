/**
 * Where the benchmark puts what it would delete between builds, and empties only once all builds are
 * done.
 *
 * Why not delete at once: on ext4 without a journal (the disk of the machines this was measured on),
 * the kernel does not reuse an inode freed in the last minute (five, while its inode table is not yet
 * written back); it steps over each such inode, one by one, for every file it creates (`find_inode_bit`,
 * `recently_deleted`). Deleting the last build's 10,000 files just before the next build made that
 * build's file creation a fifth of its CPU (perf), and the site, which writes four times as many files
 * as the blog (its .br/.gz copies and their cache), paid most: at 1,000 articles the site took 19–20 s
 * after a deletion and 15.5–17.7 s in a folder that held nothing deleted; the blog about 14 against
 * 12.6–13.8 s. A CI machine building from a clean clone has nothing recently deleted, and a journalled
 * ext4 or a tmpfs does not check. So an old output is renamed (which frees no inode) into the trash,
 * the trash is emptied at the end, and the next benchmark waits until that emptying is a minute old.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** How long the kernel steps over a freed inode once its inode table is written back (ext4's RECENTCY_MIN, 60 s), plus a margin. */
export const RECENT_MS = 65_000;

export function trashIn(/** @type {string} */ benchDir) {
  const dir = join(benchDir, 'trash');
  const stamp = join(benchDir, 'trash-emptied-at');
  let next = 0;
  return {
    /** Moves `path` (if it exists) out of the way without freeing its inodes. */
    discard(/** @type {string} */ path) {
      if (!existsSync(path)) return;
      mkdirSync(dir, { recursive: true });
      try {
        renameSync(path, join(dir, `${process.pid}-${next++}`));
      } catch (error) {
        // Another file system (a cache outside the project): deleted as before. Anything else is a real failure.
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error;
        rmSync(path, { recursive: true, force: true });
      }
    },
    /** Deletes the trash, writes the inode tables back (so the minute starts now) and notes the time. */
    empty() {
      if (!existsSync(dir)) return;
      rmSync(dir, { recursive: true, force: true });
      spawnSync('sync');
      writeFileSync(stamp, String(Date.now()));
    },
    /** Milliseconds until the last emptying is RECENT_MS old (0 when it already is, or never was). */
    wait(now = Date.now()) {
      let at;
      try {
        at = Number(readFileSync(stamp, 'utf8')) || 0;
      } catch {
        return 0;
      }
      return Math.max(0, Math.min(RECENT_MS, at + RECENT_MS - now));
    },
  };
}
