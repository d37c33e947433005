/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Three suites, run in this order by `npm test`: pure logic, the built `dist/`, a real browser.
// The unit suite extends Astro's Vite config so `.astro` components can be rendered with the container API.
const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

export default getViteConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        // A few unit tests start the editors' commands (`npx tsx …`); on a busy two-core machine that alone can pass 5 s.
        // Files share each worker's loaded modules (`isolate: false`): loading Astro's Vite pipeline again for
        // each of some 60 files was half the suite's time (59 s isolated, 30-34 s shared, in any file order).
        // A test that needs a module loaded afresh under its own settings says so (vi.resetModules).
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, isolate: false },
      },
      // Shared modules here too: 24 instead of 32 s.
      { resolve: { alias }, test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', isolate: false } },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machines have two cores and a static server each suite shares.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['test/browser/globalSetup.ts'],
        },
      },
    ],
  },
});
