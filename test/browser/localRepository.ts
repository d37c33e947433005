/**
 * Makes Sveltia CMS's local-repository workflow run headless: the folder picker
 * (`showDirectoryPicker`) is replaced by a folder in the origin-private file system, seeded with
 * a copy of the project's files and an empty `.git`. Files the editor writes are read back from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';

export const REPO_FOLDER = 'repo';

/** Every file under `dir` (relative paths with `/`), as base64, for seeding. */
export function filesUnder(root: string, dir: string): { path: string; base64: string }[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(root, full).split(sep).join('/'), base64: readFileSync(full).toString('base64') };
    });
}

/** Run before the page loads: the picker answers with the seeded folder. */
export async function replaceDirectoryPicker(page: Page): Promise<void> {
  // A string, not a function: the page receives exactly this text, whatever the test's transpiler adds.
  await page.addInitScript(`Object.defineProperty(window, 'showDirectoryPicker', {
    configurable: true,
    value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(${JSON.stringify(REPO_FOLDER)}),
  });`);
}

/** Empties the origin-private folder and writes `files` into it, with an empty `.git`. Call on a page of the editor's origin. */
export async function seedRepository(page: Page, files: { path: string; base64: string }[]): Promise<void> {
  await page.evaluate(
    async ({ folder, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const repo = await opfs.getDirectoryHandle(folder, { create: true });
      await repo.getDirectoryHandle('.git', { create: true });
      for (const { path, base64 } of files) {
        const parts = path.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
        const writable = await handle.createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    },
    { folder: REPO_FOLDER, files },
  );
}

/** Every file now in the seeded folder, as text (binary files as base64), keyed by path. */
export async function readRepository(page: Page, under = 'content'): Promise<Record<string, string>> {
  return page.evaluate(
    async ({ folder, under }) => {
      // A queue rather than a recursive helper: the function is serialised into the page as it is.
      const out: Record<string, string> = {};
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      for (const part of under.split('/').filter(Boolean)) dir = await dir.getDirectoryHandle(part);
      const queue: [FileSystemDirectoryHandle, string][] = [[dir, under]];
      while (queue.length > 0) {
        const [current, prefix] = queue.shift()!;
        for await (const [name, handle] of (current as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
          const path = prefix ? `${prefix}/${name}` : name;
          if (handle.kind === 'directory') {
            queue.push([handle as FileSystemDirectoryHandle, path]);
            continue;
          }
          const file = await (handle as FileSystemFileHandle).getFile();
          out[path] = /\.(mdx?|ya?ml|csv|txt)$/.test(name)
            ? await file.text()
            : btoa(Array.from(new Uint8Array(await file.arrayBuffer()), (b) => String.fromCharCode(b)).join(''));
        }
      }
      return out;
    },
    { folder: REPO_FOLDER, under },
  );
}
