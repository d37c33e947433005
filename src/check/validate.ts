/**
 * The one step every check shares: validate parsed data against a schema and turn each zod issue
 * into a `Problem` in Indonesian that names file, line and field.
 */
import type { z } from 'astro/zod';
import type { ParsedFile } from './parseYaml.ts';
import { issuesToProblems, type Checked, type Locate } from './problems.ts';

/**
 * Validates `parsed.data`. Fields are located in `parsed.source` unless `locate` says otherwise; a
 * field that cannot be located (a missing one) is reported at line 1, which still opens the file.
 */
export function validate<S extends z.ZodType>(parsed: ParsedFile, schema: S, locate?: Locate): Checked<{ data: z.output<S> }> {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { ok: true, problems: [], data: result.data };
  const problems = issuesToProblems(parsed.file, result.error.issues, locate ?? parsed.source).map((p) => ({ ...p, line: p.line ?? 1 }));
  return { ok: false, problems };
}
