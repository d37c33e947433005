import { requiredText } from '../shared.ts';
import { componentProps } from './props.ts';

/** `<PullQuote>`: a sentence lifted out and set large. The quoted words are the content between the tags. */
export const pullQuoteSchema = componentProps({
  /** Who said or wrote it; never leave a quote without a name. */
  by: requiredText('Sumber kutipan (by) wajib diisi: siapa yang mengatakan atau menulisnya.'),
  /** Their role or the publication, e.g. "Wali Kota Semarang". */
  role: requiredText('Keterangan (role) tidak boleh kosong; hapus saja bila tidak perlu.').optional(),
});
