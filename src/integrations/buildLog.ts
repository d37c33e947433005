/**
 * Rolldown's log filter for the build (`vite.build.rollupOptions.onLog`). Rolldown warns once per
 * MDX file that it may drop Astro's own `"use astro:head-inject"` marker, which Astro has read by
 * then: 10,000 warnings (100,000 lines) at 10,000 articles, burying the ones editors need. Every
 * other message passes through.
 */
export function quietBuildLog<Level extends string, L extends { code?: string; message: string }>(
  level: Level,
  log: L,
  handler: (level: Level, log: L) => void,
): void {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
  handler(level, log);
}
