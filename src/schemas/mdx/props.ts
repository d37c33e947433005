import { z } from 'astro/zod';
import '../errorMap.ts';

/**
 * The props of a component editors use in MDX: a strict object, so a misspelt prop is reported
 * instead of silently ignored, with every message in Indonesian.
 */
export function componentProps<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Prop tidak dikenal: ${issue.keys.join(', ')}. Periksa ejaannya di PANDUAN-PENULIS.md.`
        : 'Prop komponen harus ditulis sebagai nama="nilai".',
  });
}
