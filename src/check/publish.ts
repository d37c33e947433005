/**
 * What `npm run terbitkan` commits: the files changed under content/ (from `git status`), each
 * named by its title, in a commit message that says which pieces were published. Node-only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export interface ChangedFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  /** `baru`, `diubah` or `dihapus`, as the commit message says it. */
  change: 'baru' | 'diubah' | 'dihapus';
}

/** Runs git in `cwd`; throws with git's own words when it fails. */
export function git(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

/**
 * Leftovers of an interrupted browser save: the editor writes `.sveltia-tmp-…` and renames it,
 * Chromium writes through `*.crswap`. The old file stays whole; these are never published.
 */
export function isSaveLeftover(path: string): boolean {
  const name = path.split('/').at(-1) ?? '';
  return name.startsWith('.sveltia-tmp-') || name.endsWith('.crswap');
}

/** Files under `folder` that differ from the last commit, untracked ones included, leftovers excluded. */
export function changedFiles(cwd: string, folder: string): ChangedFile[] {
  const out = git(cwd, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', folder]);
  const entries = out.split('\0').filter(Boolean);
  const files: ChangedFile[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const status = entry.slice(0, 2);
    const path = entry.slice(3);
    // A rename is followed by its old name, which is not a file of its own.
    if (status.includes('R')) i++;
    if (isSaveLeftover(path)) continue;
    files.push({ path, change: status === '??' || status.includes('A') ? 'baru' : status.includes('D') ? 'dihapus' : 'diubah' });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** The title a piece gives itself (frontmatter or YAML `title`/`name`), or its file name. */
export function pieceTitle(cwd: string, path: string): string {
  const full = join(cwd, path);
  const fallback = path.split('/').at(-1)!;
  if (!existsSync(full) || !/\.(mdx?|ya?ml)$/.test(path)) return fallback;
  const text = readFileSync(full, 'utf8');
  const yaml = /\.mdx?$/.test(path) ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  try {
    const data = load(yaml) as { title?: unknown; name?: unknown } | null;
    const title = data?.title ?? data?.name;
    return typeof title === 'string' && title.trim() ? title.trim() : fallback;
  } catch {
    return fallback;
  }
}

/** A commit message naming the pieces: a short first line, then one line per file. */
export function publishMessage(files: readonly (ChangedFile & { title: string })[]): string {
  const pieces = files.filter((f) => /\.(mdx?|ya?ml)$/.test(f.path));
  const named = (pieces.length > 0 ? pieces : files).map((f) => `"${f.title}"`);
  let subject = `Terbitkan ${named.join(', ')}`;
  if (subject.length > 72) subject = `Terbitkan ${named[0]} dan ${named.length - 1} berkas lain`;
  if (subject.length > 72) subject = `Terbitkan ${files.length} berkas konten`;
  const lines = files.map((f) => `- ${f.path} (${f.change}): ${f.title}`);
  return `${subject}\n\n${lines.join('\n')}\n`;
}
