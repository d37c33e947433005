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

/** Text an editor must fill in: missing, empty or only spaces all give `message`. */
export function requiredText(message: string) {
  return z.string({ error: message }).trim().min(1, message);
}
