import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Astro first loads astro.config.mjs with Node's own import() and only when that fails starts a
 * Vite server to load it (astro/dist/core/config/vite-load.js): about 0.5 s more in every build and
 * dev start. Node (22.18 and later) strips TypeScript's types itself, so the modules the config
 * imports load natively as long as their relative imports name the file, `.ts` included.
 */
describe("Astro's config", () => {
  it.skipIf(!process.features.typescript)("loads with Node's own import, without Vite", () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', "await import('./astro.config.mjs')"], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
