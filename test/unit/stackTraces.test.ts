import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { currentStackSettings, restoreStackSettings } from '../../src/integrations/stackTraces.ts';

// The Babel @astrojs/preact loads (it ships no types).
const { transformSync } = createRequire(import.meta.url)('@babel/core') as { transformSync(code: string, options: object): unknown };

// src/integrations/stackTraces.ts: Node's stack traces back once bundling (and Babel) is over.
describe('stack-trace settings', () => {
  it("undo what Babel's first transform does to the whole process", () => {
    const saved = currentStackSettings();
    try {
      // As @astrojs/preact hands Babel a file it is told to ignore.
      transformSync('export const a = 1;', { filename: 'pulau.tsx', ignore: [/./], babelrc: false, configFile: false });
      const changed = currentStackSettings();
      expect(changed.stackTraceLimit).toBeGreaterThanOrEqual(50);
      expect(changed.prepareStackTrace).not.toBe(saved.prepareStackTrace);
      restoreStackSettings(saved);
      expect(currentStackSettings()).toEqual(saved);
      // Errors still carry their stack.
      expect(new Error('uji').stack).toMatch(/^Error: uji\n\s+at /);
    } finally {
      restoreStackSettings(saved);
    }
  });
});
