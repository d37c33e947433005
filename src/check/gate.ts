import type { AstroIntegrationLogger } from 'astro';
import type { Loader } from 'astro/loaders';

/**
 * The content check's gate: Astro's content loaders finish only after the check has passed.
 *
 * The check (src/integrations/contentCheck.ts) runs in a process of its own while Astro starts its
 * bundler and reads the content, instead of before both. What made running it first necessary is
 * kept: a build over a bad file stops with the check's Indonesian list, never with Astro's English
 * error for the same file, and nothing is written (Astro empties the output folder only after
 * the content is synced). So each collection's loader, wrapped here, waits for the check before it
 * returns or fails, and holds what it logs until then: over bad content the check ends the process
 * first, and Astro's own messages about the same files are never printed.
 *
 * The promise lives on globalThis because Astro loads the config (which starts the check) and
 * src/content.config.ts (which holds the loaders) as two separate module graphs in one process.
 */
const GATE = Symbol.for('asn-prima:content-checked');

type WithGate = typeof globalThis & { [GATE]?: Promise<void> };

/** The check started for this process: loaders wait for `checked`, which never settles when the check stops the build. */
export function holdContentUntil(checked: Promise<void>): void {
  (globalThis as WithGate)[GATE] = checked;
}

/** Resolves once the check has passed; at once where no check was started (a test importing the collections). */
export function contentChecked(): Promise<void> {
  return (globalThis as WithGate)[GATE] ?? Promise.resolve();
}

/** `loader`, finishing only after the check, with its log held until then. */
export function afterContentCheck(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const held = holdLog(context.logger);
      try {
        await loader.load({ ...context, logger: held.logger });
      } finally {
        await contentChecked();
        held.release();
      }
    },
  };
}

/** A logger that keeps its messages until `release`, then prints them in order and passes later ones straight through. */
export function holdLog(logger: AstroIntegrationLogger): { logger: AstroIntegrationLogger; release(): void } {
  let held: (() => void)[] | undefined = [];
  const later =
    (level: 'info' | 'warn' | 'error' | 'debug') =>
    (message: string): void => {
      if (held) held.push(() => logger[level](message));
      else logger[level](message);
    };
  const wrapped: AstroIntegrationLogger = Object.assign(Object.create(logger) as AstroIntegrationLogger, {
    info: later('info'),
    warn: later('warn'),
    error: later('error'),
    debug: later('debug'),
  });
  return {
    logger: wrapped,
    release() {
      const messages = held ?? [];
      held = undefined;
      for (const print of messages) print();
    },
  };
}
