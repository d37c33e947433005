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
  // Normally undefined: the method lives on SubtleCrypto's prototype, and removing ours brings it back.
  const own = Object.getOwnPropertyDescriptor(subtle, 'digest');
  const webDigest = subtle.digest.bind(subtle);
  const digest = async (algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> => {
    const name = NODE_NAMES[(typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase()];
    const bytes = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : undefined;
    if (!name || !bytes) return webDigest(algorithm, data);
    const hash = createHash(name).update(bytes).digest();
    // A fresh ArrayBuffer of the digest's length, as WebCrypto returns (Node's may share a pool).
    return hash.buffer.slice(hash.byteOffset, hash.byteOffset + hash.byteLength) as ArrayBuffer;
  };
  Object.defineProperty(subtle, 'digest', { value: digest, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(subtle, 'digest', own);
    else delete (subtle as { digest?: unknown }).digest;
  };
}
