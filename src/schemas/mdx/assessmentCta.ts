import { componentProps, text } from './props';

/** `<AssessmentCta>`: an invitation to take the PRIMA self-assessment at /asesmen-prima/. */
export const assessmentCtaSchema = componentProps({
  /** Heading; defaults to "Seberapa PRIMA cara kerja Anda?". */
  title: text('Judul (title) tidak boleh kosong; hapus saja bila tidak perlu.').optional(),
  /** Link text; defaults to "Mulai asesmen mandiri". */
  label: text('Teks tautan (label) tidak boleh kosong; hapus saja bila tidak perlu.').optional(),
});
