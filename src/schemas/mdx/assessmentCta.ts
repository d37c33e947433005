import { requiredText } from '../shared.ts';
import { componentProps } from './props.ts';

/** `<AssessmentCta>`: an invitation to take the PRIMA self-assessment at /asesmen-prima/. */
export const assessmentCtaSchema = componentProps({
  /** Heading; defaults to "Seberapa PRIMA cara kerja Anda?". */
  title: requiredText('Judul (title) tidak boleh kosong; hapus saja bila tidak perlu.').optional(),
  /** Link text; defaults to "Mulai asesmen mandiri". */
  label: requiredText('Teks tautan (label) tidak boleh kosong; hapus saja bila tidak perlu.').optional(),
});
