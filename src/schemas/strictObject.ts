import { z } from 'astro/zod';

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
