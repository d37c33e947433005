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

/**
 * One rule of a field's schema, as a form can enforce it. `unknown` is a check this module cannot
 * translate: test/unit/editorConfig.test.ts fails on it, so a rule added to a schema gets its
 * counterpart in the form before the form can drift from `npm run cek`.
 */
export type FieldRule =
  | { kind: 'required' }
  | { kind: 'notBlank'; message?: string | undefined }
  | { kind: 'pattern'; source: string; message?: string | undefined }
  | { kind: 'minLength'; value: number; message?: string | undefined }
  | { kind: 'maxLength'; value: number; message?: string | undefined }
  | { kind: 'integer'; message?: string | undefined }
  | { kind: 'min'; value: number; message?: string | undefined }
  | { kind: 'max'; value: number; message?: string | undefined }
  | { kind: 'choices'; values: readonly string[] }
  | { kind: 'unknown'; check: string };

/** The message a check was given in the schema, e.g. `.regex(re, 'Kode video …')`. */
function messageOf(def: { error?: unknown }): string | undefined {
  const error = def.error;
  if (typeof error === 'string') return error;
  if (typeof error === 'function') {
    const out: unknown = (error as (issue: unknown) => unknown)({});
    if (typeof out === 'string') return out;
    if (out && typeof out === 'object' && typeof (out as { message?: unknown }).message === 'string') return (out as { message: string }).message;
  }
  return undefined;
}

/** The rule of one kind among a field's rules, typed as that kind. */
export const ruleOf = <K extends FieldRule['kind']>(rules: readonly FieldRule[], kind: K) =>
  rules.find((r): r is Extract<FieldRule, { kind: K }> => r.kind === kind);

/** Every rule a field's schema sets, in a form a form can enforce (see FieldRule). */
export function fieldRules(schema: z.ZodType): FieldRule[] {
  const rules: FieldRule[] = optionalIn(schema) ? [] : [{ kind: 'required' }];
  const choices = valuesOf(schema);
  if (choices) return [...rules, { kind: 'choices', values: choices }];
  const checks = innermost(schema)._zod.def.checks ?? [];
  const trims = checks.some((c) => (c._zod.def as { check?: string }).check === 'overwrite');
  for (const check of checks) {
    const def = check._zod.def as { check: string; format?: string; pattern?: RegExp; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; error?: unknown };
    const message = messageOf(def);
    if (def.check === 'overwrite') continue;
    if (def.check === 'string_format' && def.format === 'regex' && def.pattern) rules.push({ kind: 'pattern', source: def.pattern.source, message });
    else if (def.check === 'min_length' && def.minimum === 1 && trims) rules.push({ kind: 'notBlank', message });
    else if (def.check === 'min_length' && def.minimum !== undefined) rules.push({ kind: 'minLength', value: def.minimum, message });
    else if (def.check === 'max_length' && def.maximum !== undefined) rules.push({ kind: 'maxLength', value: def.maximum, message });
    else if (def.check === 'number_format' && (def.format === 'safeint' || def.format === 'int32')) rules.push({ kind: 'integer', message });
    else if (def.check === 'greater_than' && def.inclusive && def.value !== undefined) rules.push({ kind: 'min', value: def.value, message });
    else if (def.check === 'less_than' && def.inclusive && def.value !== undefined) rules.push({ kind: 'max', value: def.value, message });
    else rules.push({ kind: 'unknown', check: `${def.check}${def.format ? `:${def.format}` : ''}` });
  }
  return rules;
}
