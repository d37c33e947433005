import { z } from 'astro/zod';
import { CONTENT_LIMITS } from './limits.ts';
import './errorMap.ts';

/** Building blocks every editor-facing schema shares, so the same mistake reads the same everywhere. */

/**
 * An object schema that refuses unknown keys: a typo in a key (`taget:` for `target:`) would
 * otherwise be dropped silently and the editor would never know. `what` names the object in the message.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Kolom tidak dikenal pada ${what}: ${issue.keys.join(', ')}. Periksa ejaannya.`
        : `Isi ${what} harus berupa pasangan "nama: nilai".`,
  });
}

/**
 * Reports every entry of a list whose key (`keyOf`; undefined skips the entry) repeats an earlier
 * one: `message(entryIndex, earlierIndex)` says which, at `path(entryIndex)`.
 */
export function refineUnique<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
  path: (index: number) => PropertyKey[],
  message: (item: T, earlier: number) => string,
): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined) return;
    const earlier = firstIndex.get(key);
    if (earlier === undefined) firstIndex.set(key, index);
    else ctx.addIssue({ code: 'custom', path: path(index), message: message(item, earlier) });
  });
}

/** Text an editor must fill in: missing, empty or only spaces all give `message`. */
export function requiredText(message: string) {
  return z.string({ error: message }).trim().min(1, message);
}

/** A title: required, and refused past a length no headline needs (shorter ones only warn, in the check). */
export function headline(message: string) {
  return requiredText(message).max(
    CONTENT_LIMITS.titleMax,
    `Judul (title) paling panjang ${CONTENT_LIMITS.titleMax} karakter; sebaiknya tidak lebih dari ${CONTENT_LIMITS.titleWarn}.`,
  );
}

/** A summary (description): required, and refused past a length no summary needs. */
export function summary(message: string) {
  return requiredText(message).max(
    CONTENT_LIMITS.descriptionMax,
    `Ringkasan (description) paling panjang ${CONTENT_LIMITS.descriptionMax} karakter; sebaiknya tidak lebih dari ${CONTENT_LIMITS.descriptionWarn}.`,
  );
}
