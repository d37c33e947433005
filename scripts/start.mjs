/**
 * `npm start`: builds the site when `dist/` is missing or stale, then serves it at
 * http://localhost:4321 (PORT, HOST) with the production headers until stopped with Ctrl+C.
 */
import { buildIfStale, hostFromEnv } from './buildIfStale.mjs';
import { serve } from './serve.mjs';

buildIfStale();
const port = Number(process.env.PORT) || 4321;
// Loopback unless asked: a preview is not meant to be reachable from the network.
const host = hostFromEnv('localhost');
try {
  const { url } = await serve('dist', { port, host });
  console.log(`Situs ASN Prima berjalan di ${url}/  (tekan Ctrl+C untuk berhenti)`);
} catch (error) {
  console.error(`npm start tidak bisa berjalan: ${error.message}`);
  process.exit(1);
}
