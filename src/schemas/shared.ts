import { z } from 'astro/zod';

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
