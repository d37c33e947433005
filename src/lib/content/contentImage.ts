/**
 * Where an image an editor names in MDX lives. `./foto.jpg` or `../foto.jpg` is relative to the
 * article; a bare name such as `festival-asn-2025.png` is a file in the shared folder
 * `content/gambar/`. The build (which turns the file into an optimised image) and `npm run cek`
 * (which only checks that it exists) resolve it the same way.
 */
import { dirname, extname, resolve } from 'node:path';
import { CONTENT_FOLDERS } from './contentDir';

/** Formats Astro's image pipeline can read and turn into responsive AVIF/WebP. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif'] as const;

export function isRelativeImagePath(src: string): boolean {
  return /^\.{1,2}\//.test(src);
}

export function hasImageExtension(src: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extname(src).toLowerCase());
}

/** The absolute path `src` points to, for an article at `articlePath` in the content folder `contentDir` (both absolute). */
export function resolveContentImage(src: string, articlePath: string, contentDir: string): string {
  return isRelativeImagePath(src)
    ? resolve(dirname(articlePath), src)
    : resolve(contentDir, CONTENT_FOLDERS.images, src);
}
