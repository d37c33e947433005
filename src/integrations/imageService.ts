import type { AssetsGlobalStaticImagesList, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { imageMetadata } from 'astro/assets/utils';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CACHE_DIR } from '../check/contentDir.ts';

/**
 * Astro's sharp image service, with the sizes and formats of one picture made side by side.
 *
 * A build makes images one source at a time per core, and each source's variants one after another
 * (`generateImagesForPath` in astro/dist/assets/build/generate.js). An article hero is six variants
 * (AVIF and WebP at three widths); the AVIF ones take about 0.4 to 1 s each, so one illustration
 * shared by many articles kept a core busy for some 2.5 s while the other waited. Here the first
 * variant Astro asks for starts the others, from the build's list of images, and each is handed over
 * when Astro asks for it. Same encoder, same options, same bytes; variants already in Astro's image
 * cache (which Astro reads before asking) are not made again. Outside a build, and if Astro's list
 * ever changes shape, it is plain sharp.
 *
 * Memory: each variant decodes the whole source, and up to four run at once (libuv's threads), where
 * Astro alone ran one per core. So the head start is only for sources up to 12 megapixels (a
 * 4000×3000 photo, some 48 MB decoded); a larger one is made one variant at a time, as before.
 */

type Options = Parameters<LocalImageService['transform']>[1];
type Result = Awaited<ReturnType<LocalImageService['transform']>>;

/** The largest source (width × height) whose variants are made side by side. */
export const HEAD_START_MAX_PIXELS = 12_000_000;

/** Variants started ahead of Astro's request, by their options. */
const started = new Map<string, Promise<Result>>();
/** Sources too large for a head start, so their other variants do not look again. */
const oneAtATime = new Set<string>();

/** The same options give the same key: Astro's request is made, as here, from the listed options with `src` replaced. */
const keyOf = (options: object) => JSON.stringify(options);

/** The other variants of `options.src` that the build will ask for and that Astro's image cache does not hold. */
function siblings(options: Options): Options[] {
  // The build's list of images by source path; undefined in the dev server.
  const list: AssetsGlobalStaticImagesList | undefined = globalThis.astroAsset?.staticImages;
  if (!(list instanceof Map)) return [];
  const variants = list.get(options.src)?.transforms;
  if (!(variants instanceof Map)) return [];
  const own = keyOf(options);
  return [...variants.values()]
    .filter((v) => typeof v?.finalPath === 'string' && !existsSync(join(CACHE_DIR, 'assets', basename(v.finalPath))))
    .map((v) => ({ ...v.transform, src: options.src }))
    .filter((o) => keyOf(o) !== own);
}

/** Whether the source's size, read from its header, allows its variants side by side. */
async function smallEnough(input: Uint8Array): Promise<boolean> {
  try {
    const { width, height } = await imageMetadata(input);
    return width * height <= HEAD_START_MAX_PIXELS;
  } catch {
    // Unreadable here: sharp says why when it makes the variant asked for.
    return false;
  }
}

const service: LocalImageService = {
  ...sharpService,
  async transform(input, options, config, logger) {
    const key = keyOf(options);
    const early = started.get(key);
    if (early) {
      started.delete(key);
      return early;
    }
    if (oneAtATime.has(options.src)) return sharpService.transform(input, options, config, logger);
    const others = siblings(options);
    if (others.length > 0 && !(await smallEnough(input))) {
      oneAtATime.add(options.src);
      return sharpService.transform(input, options, config, logger);
    }
    for (const other of others) {
      const otherKey = keyOf(other);
      if (started.has(otherKey)) continue;
      const made = sharpService.transform(input, other, config, logger);
      // A failure is reported when Astro asks for this variant, as without the head start.
      made.catch(() => {});
      started.set(otherKey, made);
    }
    return sharpService.transform(input, options, config, logger);
  },
};

export default service;
