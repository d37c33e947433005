/**
 * Validates the props an editor wrote on a component in MDX, or stops the build with a message
 * naming the component, the article and the line. `npm run cek` reports the same problems earlier,
 * from the same schemas and the same validation step (src/check/validate.ts).
 */
import { z } from 'astro/zod';
import { SOURCE_PROP } from '~/schemas/mdx';
import { missingImageFieldMessage, missingImageMessage } from '~/check/imageFile';
import { validate } from '~/check/validate';

export function parseProps<S extends z.ZodType>(component: string, schema: S, props: Record<string, unknown>): z.output<S> {
  const { [SOURCE_PROP]: source, children: _children, ...rest } = props;
  const where = typeof source === 'string' ? source : '-';
  const result = validate({ file: where, source: '', data: rest }, schema);
  if (result.ok) return result.data;
  const lines = result.problems.map((p) => `  ${p.field}  ${p.message}`);
  throw new Error(`Komponen <${component}>${where === '-' ? '' : ` di ${where}`} tidak valid:\n${lines.join('\n')}`);
}

/** Inside the build, an image prop arrives imported (see mdxComponentPlugin); a path left as text was not found. */
export const importedImage = z.custom<ImageMetadata>(
  (value) => typeof value === 'object' && value !== null && 'src' in value && 'width' in value,
  { error: (issue) => (typeof issue.input === 'string' ? missingImageMessage(issue.input, true) : missingImageFieldMessage('src')) },
);
