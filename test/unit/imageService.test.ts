import sharp from 'sharp';
import type { LocalImageService } from 'astro';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

type Service = LocalImageService;
type Config = Parameters<Service['transform']>[2];

const SOURCE = '/_astro/lima-pilar.png';
const input = new Uint8Array(readFileSync('content/gambar/lima-pilar-asn-prima.png'));
const config = { service: { entrypoint: '', config: {} } } as unknown as Config;
const logger = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} } as unknown as Parameters<Service['transform']>[3];
/** One hero's variants, as the build lists them: options with the imported image as `src`, and the file each becomes. */
const VARIANTS = [
  { finalPath: '/_astro/lima.a_400.webp', transform: { src: { src: SOURCE }, width: 400, format: 'webp' } },
  { finalPath: '/_astro/lima.b_800.webp', transform: { src: { src: SOURCE }, width: 800, format: 'webp' } },
  { finalPath: '/_astro/lima.c_400.avif', transform: { src: { src: SOURCE }, width: 400, format: 'avif' } },
];
/** What Astro asks the service for: the listed options with the source's path as `src`. */
const request = (i: number) => ({ ...VARIANTS[i]!.transform, src: SOURCE });

let cacheDir: string;
let service: Service;
/** Astro's sharp service, the one the service under test wraps (spied on to count encodes). */
let sharpService: Service;
beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'asn-image-cache-'));
  vi.stubEnv('ASN_CACHE_DIR', cacheDir);
  // The cache folder is read when src/check/contentDir.ts loads; another file of the same worker
  // may have loaded it already (the unit suite shares modules between files), so load it afresh.
  vi.resetModules();
  service = (await import('~/integrations/imageService')).default;
  sharpService = (await import('astro/assets/services/sharp')).default as Service;
});
afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { astroAsset?: unknown }).astroAsset;
});

function listImages(variants: typeof VARIANTS) {
  const transforms = new Map(variants.map((v, i) => [`hash${i}`, v]));
  (globalThis as { astroAsset?: unknown }).astroAsset = { staticImages: new Map([[SOURCE, { originalSrcPath: undefined, transforms }]]) };
}

describe("the build's image service", () => {
  it("starts a picture's other variants with the first, and hands each over with sharp's own bytes", async () => {
    listImages(VARIANTS);
    const sharp = vi.spyOn(sharpService, 'transform');
    const first = service.transform(input, request(0), config, logger);
    // All three are started on the first request.
    await vi.waitFor(() => expect(sharp).toHaveBeenCalledTimes(3));
    const results = [await first, await service.transform(input, request(1), config, logger), await service.transform(input, request(2), config, logger)];
    expect(sharp).toHaveBeenCalledTimes(3);
    sharp.mockRestore();
    for (const [i, result] of results.entries()) {
      const plain = await sharpService.transform(input, request(i), config, logger);
      expect(result.format).toBe(plain.format);
      expect(Buffer.from(result.data).equals(Buffer.from(plain.data))).toBe(true);
    }
  });

  it("does not make again a variant that Astro's image cache holds", async () => {
    listImages(VARIANTS);
    mkdirSync(join(cacheDir, 'assets'), { recursive: true });
    writeFileSync(join(cacheDir, 'assets', 'lima.b_800.webp'), 'kept from the last build');
    const sharp = vi.spyOn(sharpService, 'transform');
    await service.transform(input, request(0), config, logger);
    expect(sharp.mock.calls.map(([, options]) => options['width'] + options['format'])).toEqual(['400avif', '400webp']);
    await service.transform(input, request(2), config, logger);
    expect(sharp).toHaveBeenCalledTimes(2);
  });

  it('makes the variants of a source over 12 megapixels one at a time, as Astro asks for them', async () => {
    listImages(VARIANTS);
    const big = new Uint8Array(
      await sharp({ create: { width: 4000, height: 3001, channels: 3, background: '#1f6f5c' } })
        .png()
        .toBuffer(),
    );
    const sharpTransform = vi.spyOn(sharpService, 'transform');
    await service.transform(big, request(0), config, logger);
    expect(sharpTransform).toHaveBeenCalledTimes(1);
    await service.transform(big, request(1), config, logger);
    expect(sharpTransform).toHaveBeenCalledTimes(2);
  });

  it('is plain sharp outside a build, and when a variant failed it says so when that variant is asked for', async () => {
    const sharp = vi.spyOn(sharpService, 'transform');
    await service.transform(input, request(0), config, logger);
    expect(sharp).toHaveBeenCalledTimes(1);
    sharp.mockClear();

    listImages([VARIANTS[0]!, { finalPath: '/_astro/lima.bad.webp', transform: { src: { src: SOURCE }, width: 400, format: 'webp', quality: 'x' } as never }]);
    sharp.mockImplementation(async (_input, options) => {
      if (options['quality'] === 'x') throw new Error('encoder refused');
      return { data: new Uint8Array([1]), format: 'webp' };
    });
    await service.transform(input, request(0), config, logger);
    await expect(service.transform(input, { ...VARIANTS[1]!.transform, quality: 'x', src: SOURCE } as never, config, logger)).rejects.toThrow('encoder refused');
  });
});
