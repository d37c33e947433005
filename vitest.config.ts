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
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      { resolve: { alias }, test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node' } },
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
