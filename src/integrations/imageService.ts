import type { AssetsGlobalStaticImagesList, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
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
 */

type Options = Parameters<LocalImageService['transform']>[1];
type Result = Awaited<ReturnType<LocalImageService['transform']>>;

/** Variants started ahead of Astro's request, by their options. */
const started = new Map<string, Promise<Result>>();

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

const service: LocalImageService = {
  ...sharpService,
  async transform(input, options, config, logger) {
    const key = keyOf(options);
    const early = started.get(key);
    if (early) {
      started.delete(key);
      return early;
    }
    for (const other of siblings(options)) {
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
