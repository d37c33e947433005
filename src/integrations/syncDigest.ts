import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';

/**
 * SHA digests for the build without WebCrypto's thread-pool trip.
 *
 * For the Content-Security-Policy meta tag, Astro 7.3 hashes every stylesheet and script of a
 * route again on every page (`createResult` in astro/dist/core/fetch/fetch-state.js), even the empty
 * text of external files: five `crypto.subtle.digest` calls per page here. Each is an asynchronous
 * job sent to libuv's thread pool, and preparing and collecting them cost the rendering thread about
 * 1 s per 1,000 articles, an eighth of all rendering. During `astro build` this integration answers
 * SHA-256/384/512 digests with node:crypto's synchronous hash instead: the same bytes, still as a
 * promise, and any other algorithm goes to WebCrypto. The original is back when the build ends.
 */
export function syncDigest(): AstroIntegration {
  let restore: (() => void) | undefined;
  return {
    name: 'asn-prima:sync-digest',
    hooks: {
      'astro:build:start': () => {
        restore = installSyncDigest(globalThis.crypto.subtle);
      },
      'astro:build:done': () => {
        restore?.();
        restore = undefined;
      },
    },
  };
}

const NODE_NAMES: Record<string, string> = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

/** Replaces `subtle.digest` for the SHA-2 family; returns the function that puts the original back. */
export function installSyncDigest(subtle: SubtleCrypto): () => void {
  const original = subtle.digest;
  const webDigest = original.bind(subtle);
  const digest = async (algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> => {
    const name = NODE_NAMES[(typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase()];
    if (!name || !(ArrayBuffer.isView(data) || data instanceof ArrayBuffer)) return webDigest(algorithm, data);
    const bytes = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);
    const hash = createHash(name).update(bytes).digest();
    // A fresh ArrayBuffer of the digest's length, as WebCrypto returns (Node's may share a pool).
    return hash.buffer.slice(hash.byteOffset, hash.byteOffset + hash.byteLength) as ArrayBuffer;
  };
  Object.defineProperty(subtle, 'digest', { value: digest, configurable: true, writable: true });
  return () => {
    // The original lives on SubtleCrypto's prototype: removing the own property brings it back.
    if (subtle.digest === digest) delete (subtle as { digest?: unknown }).digest;
    if (subtle.digest !== original) Object.defineProperty(subtle, 'digest', { value: original, configurable: true, writable: true });
  };
}
