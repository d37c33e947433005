/**
 * Optimised image URLs and attributes, worked out once per build for each image and set of options.
 * An article's hero shows as a thumbnail in every listing the article is in (its kind, pillars,
 * topics, tags and author: often six or more pages), and Astro's `getImage` repeats the same
 * hashing and option checks each time. The dev server asks afresh, so an edited image shows at once.
 */
import { getImage } from 'astro:assets';
import type { GetImageResult, ImageMetadata, UnresolvedImageTransform } from 'astro';

const results = new Map<string, Promise<GetImageResult>>();

/** `getImage(options)` for a local (imported) image, shared by every page that asks for the same. */
export function sharedImage(options: UnresolvedImageTransform & { src: ImageMetadata }): Promise<GetImageResult> {
  // The file identifies the image. Astro sets `fsPath` on imported images without counting it as a
  // use; reading `src.src` here would make it copy the original file into the build, as for an image
  // used outside the optimiser. Without `fsPath` (not in Astro's public type) nothing is shared.
  const file = (options.src as ImageMetadata & { fsPath?: string }).fsPath;
  if (import.meta.env.DEV || !file) return getImage({ ...options });
  const key = JSON.stringify({ ...options, src: file });
  let result = results.get(key);
  if (!result) results.set(key, (result = getImage({ ...options })));
  return result;
}
