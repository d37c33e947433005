import { describe, expect, it } from 'vitest';
import { quietBuildLog } from '~/integrations/buildLog';

const passed = (log: { code?: string; message: string }, level = 'warn') => {
  const seen: string[] = [];
  quietBuildLog(level, log, (_level, l) => seen.push(l.message));
  return seen;
};

describe('the build log', () => {
  it("drops Rolldown's warning about Astro's head-inject marker, which came once per MDX file", () => {
    const message =
      'The semantics of the module level directive "use astro:head-inject" in "konten/artikel/berita/hari-pertama.mdx?astroPropagatedAssets" may not be preserved';
    expect(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message })).toEqual([]);
  });

  it('keeps every other message, other directives included', () => {
    const other = 'The semantics of the module level directive "use strict-mode" in "src/x.ts" may not be preserved';
    expect(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message: other })).toEqual([other]);
    expect(passed({ code: 'UNRESOLVED_IMPORT', message: 'use astro:head-inject' })).toEqual(['use astro:head-inject']);
    expect(passed({ message: 'a plain note' }, 'info')).toEqual(['a plain note']);
  });
});
