/**
 * Validates the props an editor wrote on a component in MDX, or stops the build with a message
 * naming the component, the article and the line. `npm run cek` reports the same problems earlier,
 * from the same schemas.
 */
import { z } from 'astro/zod';
import { SOURCE_PROP } from '~/schemas/mdx';
import { fieldName } from '~/lib/content/problems';

export function parseProps<S extends z.ZodType>(component: string, schema: S, props: Record<string, unknown>): z.output<S> {
  const { [SOURCE_PROP]: source, children: _children, ...rest } = props;
  const result = schema.safeParse(rest);
  if (result.success) return result.data;
  const where = typeof source === 'string' ? ` di ${source}` : '';
  const lines = result.error.issues.map((issue) => `  ${fieldName(issue.path)}  ${issue.message}`);
  throw new Error(`Komponen <${component}>${where} tidak valid:\n${lines.join('\n')}`);
}

/** Inside the build, an image prop arrives imported (see mdxComponentPlugin); a path left as text was not found. */
export const importedImage = z.custom<ImageMetadata>(
  (value) => typeof value === 'object' && value !== null && 'src' in value && 'width' in value,
  {
    error: (issue) =>
      typeof issue.input === 'string'
        ? `Berkas gambar "${issue.input}" tidak ditemukan. Tulis ./nama.jpg untuk gambar di samping artikel, atau nama berkas saja untuk gambar di content/gambar/.`
        : 'Gambar (src) wajib diisi, misalnya src="./foto.jpg".',
  },
);
