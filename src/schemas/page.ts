import { z } from 'astro/zod';
import { dateField } from './article';

/** A standalone page in `content/halaman/` (about, PSR), published at `/<file name>/`. */
export const pageSchema = z.object({
  /** Page heading and document title. */
  title: z.string({ error: 'Judul (title) wajib diisi.' }).trim().min(1, 'Judul (title) wajib diisi.'),
  /** One or two sentences; the meta description. */
  description: z
    .string({ error: 'Ringkasan (description) wajib diisi.' })
    .trim()
    .min(1, 'Ringkasan (description) wajib diisi.'),
  /** When the page was last reviewed. */
  updatedDate: dateField('Tanggal pembaruan (updatedDate)').optional(),
});
