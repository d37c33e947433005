/**
 * Node's own stack traces back for the rendering.
 *
 * `@astrojs/preact` loads Babel, and the first file Babel is handed (even one it is told to
 * ignore) installs Babel's stack-trace rewriter for the whole process: `Error.prepareStackTrace`
 * becomes a function that hides Babel's frames, and `Error.stackTraceLimit` is raised from 10 to
 * at least 50. Rendering runs no Babel, but Astro builds an error for every article it renders
 * (`render()` in astro/dist/content/runtime.js prepares the error it would throw, and reads its
 * stack), so each page paid for fifty frames put through Babel's rewriter: some 0.15 s of the
 * rendering thread per 1,000 articles (a CPU profile). The settings found before Babel ran are put
 * back once bundling is over; an error during rendering still has its stack, Node's own.
 */
interface StackSettings {
  prepareStackTrace: typeof Error.prepareStackTrace;
  stackTraceLimit: number;
}

/** The process's stack-trace settings now (before Babel has run: `astro:config:done`). */
export function currentStackSettings(): StackSettings {
  return { prepareStackTrace: Error.prepareStackTrace, stackTraceLimit: Error.stackTraceLimit };
}

/** Puts `saved` back (when pages start rendering, after the last Babel transform). */
export function restoreStackSettings(saved: StackSettings): void {
  Error.prepareStackTrace = saved.prepareStackTrace;
  Error.stackTraceLimit = saved.stackTraceLimit;
}
