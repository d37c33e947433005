/**
 * Bodies the content check has approved in this process, so the guard inside the MDX pipeline
 * (./mdxGuardPlugin.ts) need not check them again while the same build compiles them. Approval
 * is kept by path and by the SHA-256 of the exact text the MDX compiler will be given: a file
 * changed after the check (saved while `npm run dev` runs, or edited mid-build) no longer matches
 * and is checked again. Running the guard costs more than checking: a JavaScript plugin makes
 * Sätteri hand the whole tree over to JavaScript for every file.
 */
import { createHash } from 'node:crypto';

const approved = new Map<string, string>();

const digest = (text: string) => createHash('sha256').update(text).digest('base64');

/** Astro's frontmatter pattern (@astrojs/internal-helpers/frontmatter), which the MDX integration strips. */
const ASTRO_FRONTMATTER_RE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * The text the MDX integration hands its compiler for a file: the frontmatter block blanked with
 * spaces (line breaks kept, so lines keep their numbers), as `parseFrontmatter(…, 'empty-with-spaces')`
 * does, without the leading byte-order mark Sätteri drops. A mismatch only means checking again.
 */
export function compiledText(fileText: string): string {
  const match = ASTRO_FRONTMATTER_RE.exec(fileText);
  let text = fileText;
  if (match) {
    const [, delims, raw] = match as unknown as [string, string, string];
    text = fileText.replace(`${delims}${raw}${delims}`, () => `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Records that the body of `path` (absolute), with this whole-file text, passed every body rule. */
export function approveBody(path: string, fileText: string): void {
  approved.set(path, digest(compiledText(fileText)));
}

/** Whether `source`, about to be compiled for `path` (absolute), is exactly a text the check approved. */
export function isApproved(path: string, source: string): boolean {
  const expected = approved.get(path);
  return expected !== undefined && expected === digest(source);
}

/** Every approval made in this process, by path, for the build's process (the check runs in one of its own). */
export function approvals(): [path: string, digest: string][] {
  return [...approved];
}

/** Takes the approvals another process's check made (src/integrations/contentCheck.ts). */
export function adoptApprovals(entries: Iterable<[path: string, digest: string]>): void {
  for (const [path, digest] of entries) approved.set(path, digest);
}

/** Forgets every approval (tests). */
export function forgetApprovals(): void {
  approved.clear();
}
