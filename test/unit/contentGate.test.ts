import type { AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { afterContentCheck, contentChecked, holdContentUntil, holdLog } from '~/check/gate';

// src/check/gate.ts: the content check runs beside Astro's start, and the loaders wait for it.

const GATE = Symbol.for('asn-prima:content-checked');
afterEach(() => {
  delete (globalThis as { [GATE]?: unknown })[GATE];
});

function recordingLogger() {
  const lines: string[] = [];
  const logger = {
    label: 'uji',
    options: {},
    fork: () => logger,
    info: (m: string) => lines.push(`info ${m}`),
    warn: (m: string) => lines.push(`warn ${m}`),
    error: (m: string) => lines.push(`error ${m}`),
    debug: (m: string) => lines.push(`debug ${m}`),
  } as unknown as AstroIntegrationLogger;
  return { logger, lines };
}

/** A loader that logs what Astro's glob loader logs for a file it cannot read, then fails or not. */
const loader = (fail: boolean): Loader => ({
  name: 'glob-loader',
  async load({ logger }) {
    logger.error('Error reading artikel/rusak.mdx: bad indentation');
    if (fail) throw new Error('InvalidContentEntryDataError');
  },
});

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  // Several turns of the event loop: a loader that did not wait would be done by now.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 1));
  return done;
};

describe('afterContentCheck', () => {
  it('lets a loader finish only after the check passed, and prints what it logged only then', async () => {
    let pass!: () => void;
    holdContentUntil(new Promise<void>((resolve) => (pass = resolve)));
    const { logger, lines } = recordingLogger();
    const loading = afterContentCheck(loader(false)).load({ logger } as LoaderContext);
    expect(await settled(loading)).toBe(false);
    expect(lines).toEqual([]);
    pass();
    await loading;
    expect(lines).toEqual(['error Error reading artikel/rusak.mdx: bad indentation']);
  });

  it("keeps Astro's failure and its English message back while the check runs; a check that stops the build never lets them out", async () => {
    // The check found errors: it prints its own list and ends the process, so its promise never settles.
    holdContentUntil(new Promise<void>(() => {}));
    const { logger, lines } = recordingLogger();
    const loading = afterContentCheck(loader(true)).load({ logger } as LoaderContext);
    expect(await settled(loading)).toBe(false);
    expect(lines).toEqual([]);
  });

  it("fails with Astro's own error when the check passed (a problem the check does not know)", async () => {
    holdContentUntil(Promise.resolve());
    const { logger, lines } = recordingLogger();
    await expect(afterContentCheck(loader(true)).load({ logger } as LoaderContext)).rejects.toThrow('InvalidContentEntryDataError');
    expect(lines).toHaveLength(1);
  });

  it('does not wait where no check was started (a test that loads the collections alone)', async () => {
    await expect(contentChecked()).resolves.toBeUndefined();
    const { logger } = recordingLogger();
    await afterContentCheck(loader(false)).load({ logger } as LoaderContext);
  });
});

describe('holdLog', () => {
  it('prints held messages in order on release, and later ones at once', () => {
    const { logger, lines } = recordingLogger();
    const held = holdLog(logger);
    held.logger.warn('satu');
    held.logger.info('dua');
    expect(lines).toEqual([]);
    held.release();
    held.logger.debug('tiga');
    expect(lines).toEqual(['warn satu', 'info dua', 'debug tiga']);
  });
});
