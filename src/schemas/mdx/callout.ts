import { z } from 'astro/zod';
import { requiredText } from '../shared.ts';
import { componentProps } from './props.ts';

export const CALLOUT_TYPES = ['catatan', 'peringatan'] as const;

/** `<Callout>`: a boxed aside inside an article. Its text is the content between the tags. */
export const calloutSchema = componentProps({
  /** `catatan` (a note, the default) or `peringatan` (a warning). */
  type: z
    .enum(CALLOUT_TYPES, { error: 'Jenis (type) harus "catatan" atau "peringatan".' })
    .default('catatan'),
  /** Optional heading shown in bold; defaults to "Catatan" or "Peringatan". */
  title: requiredText('Judul (title) tidak boleh kosong; hapus saja bila tidak perlu.').optional(),
});
