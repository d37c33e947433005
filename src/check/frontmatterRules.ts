/**
 * Frontmatter rules the schemas cannot say by themselves: a key the schema does not know is a typo
 * (or smuggled data) and would otherwise be dropped without a word, so it is reported, with the
 * nearest known key as a suggestion. The keys come from the schema itself, so a field added to a
 * schema is known here at once.
 */
import type { z } from 'astro/zod';
import { findFieldLine, type Problem } from './problems.ts';

type AnySchema = z.core.$ZodType;

/** The object schema inside optional/default/nullable wrappers, if there is one. */
function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  let current: AnySchema | undefined = schema;
  for (let depth = 0; current && depth < 5; depth++) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; shape?: Record<string, AnySchema> };
    if (def.type === 'object') return def.shape;
    current = def.innerType;
  }
  return undefined;
}

/** Edit distance, ignoring case (`pubdate` is one step from `pubDate`, not two). */
export function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[y.length]!;
}

/** The known key closest to `key`, when it is close enough to be a typo. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(key, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // Two edits for longer names, one for short ones: `tag` → `tags`, but never `url` → `alt`.
  return best !== undefined && bestDistance <= (key.length > 4 ? 2 : 1) ? best : undefined;
}

/** Every key in `data` (and in its nested objects) that `schema` does not declare. */
export function unknownKeyProblems(file: string, source: string, data: unknown, schema: AnySchema, what: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, node: AnySchema, path: string[]) => {
    const shape = objectShape(node);
    if (!shape || typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const known = Object.keys(shape);
    for (const [key, child] of Object.entries(value)) {
      const keyPath = [...path, key];
      if (!Object.hasOwn(shape, key)) {
        const suggestion = suggestKey(key, known);
        const prefix = path.length > 0 ? `${path.join('.')}.` : '';
        problems.push({
          file,
          line: findFieldLine(source, keyPath) ?? 1,
          field: keyPath.join('.'),
          message: suggestion
            ? `Isian "${key}" tidak dikenal; maksud Anda "${prefix}${suggestion}"?`
            : `Isian "${key}" tidak dikenal di ${what}. Isian yang ada: ${known.join(', ')}. Hapus atau perbaiki ejaannya.`,
          severity: 'error',
        });
        continue;
      }
      visit(child, shape[key]!, keyPath);
    }
  };
  visit(data, schema, []);
  return problems;
}
