/**
 * Symbolic links have no place in the content folder. The check lists only real files, but the
 * build's loader follows links, so a linked article (or a link to a file outside the project)
 * would be published without ever being checked.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, locate, type CheckOptions } from './files.ts';
import type { Problem } from './problems.ts';

export function checkSymlinks(contentDir: string, options: CheckOptions = {}): Problem[] {
  const { root, base } = locate(contentDir, options);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => ({
      file: displayPath(root, join(entry.parentPath, entry.name)),
      field: '-',
      message: 'Tautan simbolik (symlink) tidak diizinkan di folder konten. Salin berkasnya ke sini sebagai berkas biasa.',
      severity: 'error' as const,
    }));
}
