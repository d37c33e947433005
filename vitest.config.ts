import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Three suites, run in this order by `npm test`: pure logic, the built `dist/`, a real browser.
const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
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
