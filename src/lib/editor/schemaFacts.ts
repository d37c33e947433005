/**
 * What the editor's forms can learn from a schema (src/schemas/): whether a field may be left
 * out, its fixed choices, its default and the pattern it must match. Reading these from the
 * schema, rather than repeating them, keeps the forms and `npm run cek` in agreement.
 */
import { z } from 'astro/zod';

/** The schema inside `.optional()`, `.default()` and `.preprocess()` wrappers. */
export function innermost(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.out as z.ZodType;
    else return current;
  }
}

/** True when the field may be left out of the file (optional, or filled by a default). */
export function optionalIn(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** The value a field takes when left out, if its schema gives one. */
export function defaultOf(schema: z.ZodType): unknown {
  return schema instanceof z.ZodDefault ? schema.def.defaultValue : undefined;
}

/** The fixed choices of an enum field, or of the items of a list of enums. */
export function valuesOf(schema: z.ZodType): readonly string[] | undefined {
  let inner = innermost(schema);
  if (inner instanceof z.ZodArray) inner = innermost(inner.element as z.ZodType);
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

/** The regular expression a text field must match, if its schema sets one (`.regex(…)`). */
export function patternOf(schema: z.ZodType): RegExp | undefined {
  const checks = (innermost(schema) as z.ZodType)._zod.def.checks ?? [];
  for (const check of checks) {
    const def = check._zod.def as { format?: string; pattern?: RegExp };
    if (def.format === 'regex' && def.pattern) return def.pattern;
  }
  return undefined;
}
