import { afterEach, describe, expect, it } from 'vitest';
import { installSyncDigest, syncDigest } from '~/integrations/syncDigest';

const subtle = globalThis.crypto.subtle;
const webDigest = Object.getPrototypeOf(subtle).digest as SubtleCrypto['digest'];
const hex = (buffer: ArrayBuffer) => Buffer.from(buffer).toString('hex');
/** The digest WebCrypto itself gives, called on the prototype so no installed replacement answers. */
const expected = async (algorithm: AlgorithmIdentifier, data: BufferSource) => hex(await webDigest.call(subtle, algorithm, data));

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('synchronous SHA digests for the build', () => {
  const text = new TextEncoder().encode('<script>document.documentElement.dataset.tema = "gelap"</script>');
  const inputs: [string, () => BufferSource][] = [
    ['the empty text Astro hashes for every external file', () => new Uint8Array(0)],
    ['a Uint8Array, as Astro passes', () => text],
    ['an ArrayBuffer', () => text.slice().buffer],
    ['a view into part of a larger buffer', () => new DataView(text.buffer, 8, 20)],
  ];

  for (const [what, make] of inputs) {
    it(`gives WebCrypto's bytes for ${what}`, async () => {
      restore = installSyncDigest(subtle);
      for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-256' }] as const) {
        const data = make();
        const got = await subtle.digest(algorithm, data);
        expect(got).toBeInstanceOf(ArrayBuffer);
        expect(hex(got)).toBe(await expected(algorithm, data));
      }
    });
  }

  it('no longer goes through WebCrypto for SHA-2, and leaves other algorithms to it', async () => {
    restore = installSyncDigest(subtle);
    expect(subtle.digest).not.toBe(webDigest);
    // SHA-1 is WebCrypto's own answer; an unknown name is still refused the way WebCrypto refuses it.
    expect(hex(await subtle.digest('SHA-1', text))).toBe(await expected('SHA-1', text));
    await expect(subtle.digest('MD5', text)).rejects.toThrow();
    await expect(subtle.digest('SHA-256', 'teks' as unknown as BufferSource)).rejects.toThrow();
  });

  it("puts WebCrypto's digest back, also when the build's hooks install and remove it", async () => {
    installSyncDigest(subtle)();
    expect(subtle.digest).toBe(webDigest);
    expect(Object.hasOwn(subtle, 'digest')).toBe(false);

    const hooks = syncDigest().hooks as Record<string, () => void>;
    hooks['astro:build:start']?.();
    expect(subtle.digest).not.toBe(webDigest);
    hooks['astro:build:done']?.();
    expect(subtle.digest).toBe(webDigest);
  });
});
