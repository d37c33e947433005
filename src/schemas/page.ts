import { z } from 'astro/zod';
import { headline, summary } from './shared.ts';
import { dateField } from './article.ts';

/** A standalone page in `content/halaman/` (about, PSR), published at `/<file name>/`. */
export const pageSchema = z.object({
  /** Page heading and document title. */
  title: headline('Judul (title) wajib diisi.'),
  /** One or two sentences; the meta description. */
  description: summary('Ringkasan (description) wajib diisi.'),
  /** When the page was last reviewed. */
  updatedDate: dateField('Tanggal pembaruan (updatedDate)').optional(),
});
