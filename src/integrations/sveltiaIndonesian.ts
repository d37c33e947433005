/**
 * Indonesian for the words of Sveltia CMS's own interface that a writer meets in the entry form:
 * every validation message, the main buttons and the draft-backup prompt. Sveltia ships no
 * Indonesian locale and refuses `registerLocale`, so its built-in English messages (the en-US
 * object inside its npm build, which is also the fallback of every other locale) are replaced
 * at bundle time (src/integrations/redaksiBundle.ts).
 *
 * Each entry names the message's key path (as in the package's locales/en-US.json), the exact
 * English text and its Indonesian. The patch fails, naming the key, when an English text is not
 * found exactly as often as expected: a Sveltia upgrade cannot silently bring English back.
 * Messages use Sveltia's MessageFormat 2 syntax; Indonesian needs no plural forms, so counted
 * messages keep a single `*` variant.
 */

export interface UiText {
  /** Key path in Sveltia's locale, e.g. `validation.value_missing`. */
  key: string;
  en: string;
  id: string;
  /** How many times `key: \`en\`` occurs in the bundle (1 unless the UI library repeats it). */
  count?: number;
}

const counted = (variable: string, text: string) => `.input {$${variable} :integer} .match $${variable} * {{${text}}}`;

export const SVELTIA_INDONESIAN: readonly UiText[] = [
  // Validation messages, all of them.
  { key: 'validation.value_missing', en: 'This field is required.', id: 'Kolom ini wajib diisi.' },
  { key: 'validation.range_underflow.datetime-local', en: 'The date/time must be at or after {$min}.', id: 'Tanggal dan waktu tidak boleh lebih awal dari {$min}.' },
  { key: 'validation.range_underflow.date', en: 'The date must be on or after {$min}.', id: 'Tanggal tidak boleh lebih awal dari {$min}.' },
  { key: 'validation.range_underflow.time', en: 'The time must be at or after {$min}.', id: 'Waktu tidak boleh lebih awal dari {$min}.' },
  { key: 'validation.range_underflow.number', en: 'The value must be greater than or equal to {$min}.', id: 'Angkanya paling kecil {$min}.' },
  {
    key: 'validation.range_underflow.select',
    en: '.input {$min :integer} .match $min one {{You must select at least {$min} option.}} * {{You must select at least {$min} options.}}',
    id: counted('min', 'Pilih paling sedikit {$min}.'),
  },
  {
    key: 'validation.range_underflow.add',
    en: '.input {$min :integer} .match $min one {{You must add at least {$min} item.}} * {{You must add at least {$min} items.}}',
    id: counted('min', 'Isi paling sedikit {$min} butir.'),
  },
  { key: 'validation.range_overflow.datetime-local', en: 'The date/time must be at or before {$max}.', id: 'Tanggal dan waktu tidak boleh lebih lambat dari {$max}.' },
  { key: 'validation.range_overflow.date', en: 'The date must be on or before {$max}.', id: 'Tanggal tidak boleh lebih lambat dari {$max}.' },
  { key: 'validation.range_overflow.time', en: 'The time must be at or before {$max}.', id: 'Waktu tidak boleh lebih lambat dari {$max}.' },
  { key: 'validation.range_overflow.number', en: 'The value must be less than or equal to {$max}.', id: 'Angkanya paling besar {$max}.' },
  {
    key: 'validation.range_overflow.select',
    en: '.input {$max :integer} .match $max one {{You cannot select more than {$max} option.}} * {{You cannot select more than {$max} options.}}',
    id: counted('max', 'Pilih paling banyak {$max}.'),
  },
  {
    key: 'validation.range_overflow.add',
    en: '.input {$max :integer} .match $max one {{You cannot add more than {$max} item.}} * {{You cannot add more than {$max} items.}}',
    id: counted('max', 'Isi paling banyak {$max} butir.'),
  },
  {
    key: 'validation.too_short',
    en: '.input {$min :integer} .match $min one {{You must enter at least {$min} character.}} * {{You must enter at least {$min} characters.}}',
    id: counted('min', 'Tulis paling sedikit {$min} karakter.'),
  },
  {
    key: 'validation.too_long',
    en: '.input {$max :integer} .match $max one {{You cannot enter more than {$max} character.}} * {{You cannot enter more than {$max} characters.}}',
    id: counted('max', 'Terlalu panjang: paling banyak {$max} karakter.'),
  },
  { key: 'validation.type_mismatch.number', en: 'Please enter a number.', id: 'Isi dengan angka.' },
  { key: 'validation.type_mismatch.email', en: 'Please enter a valid email.', id: 'Isi dengan alamat surel yang benar.' },
  { key: 'validation.type_mismatch.url', en: 'Please enter a valid URL.', id: 'Isi dengan alamat (URL) yang benar.' },
  { key: 'validation.invalid_value', en: 'Invalid value.', id: 'Isian tidak sah.' },
  { key: 'validation.unexpected_error', en: 'Unexpected error occurred.', id: 'Terjadi kesalahan yang tidak terduga.' },
  {
    key: 'entry_validation_errors',
    en: '.input {$count :integer} .match $count one {{One field has an error. Please correct it to save the entry.}} * {{{$count} fields have errors. Please correct them to save the entry.}}',
    id: '.input {$count :integer} .match $count one {{Satu kolom belum benar. Perbaiki dulu agar dapat disimpan.}} * {{{$count} kolom belum benar. Perbaiki dulu agar dapat disimpan.}}',
  },
  { key: 'show_errors', en: 'Show Errors', id: 'Tampilkan kesalahan' },
  { key: 'required', en: 'Required', id: 'Wajib' },
  { key: 'saving_entry.error.title', en: 'Error', id: 'Gagal menyimpan' },
  { key: 'saving_entry.error.description', en: 'There was an error while saving the entry. Please try again later.', id: 'Entri tidak dapat disimpan. Coba lagi sebentar lagi.' },

  // The buttons and words of the entry form and the collection list.
  { key: 'collections', en: 'Collections', id: 'Koleksi' },
  { key: 'search_placeholder_contents', en: 'Search for contents…', id: 'Cari tulisan…' },
  { key: 'search_placeholder_assets', en: 'Search for assets…', id: 'Cari berkas…' },
  { key: 'search_placeholder_all', en: 'Search for contents and assets…', id: 'Cari tulisan dan berkas…' },
  { key: 'sort', en: 'Sort', id: 'Urutkan' },
  // The empty choice of an optional select, e.g. no campaign.
  { key: 'unselected_option', en: '(None)', id: '(Tidak ada)' },
  { key: 'work_with_local_repo', en: 'Work with Local Repository', id: 'Buka folder repositori' },
  { key: 'working_with_local_repo', en: 'Working with Local Repository', id: 'Bekerja di folder repositori lokal' },
  { key: 'create', en: 'New', id: 'Baru' },
  { key: 'create_new_entry', en: 'Create New Entry', id: 'Buat entri baru' },
  { key: 'save', en: 'Save', id: 'Simpan' },
  { key: 'saving', en: 'Saving…', id: 'Menyimpan…' },
  { key: 'publish', en: 'Publish', id: 'Terbitkan' },
  { key: 'publishing', en: 'Publishing…', id: 'Menerbitkan…' },
  { key: 'delete', en: 'Delete', id: 'Hapus' },
  // Sveltia's own dialogs and its UI library's both say Cancel, Insert and Remove.
  { key: 'cancel', en: 'Cancel', id: 'Batal', count: 2 },
  { key: 'insert', en: 'Insert', id: 'Sisipkan', count: 2 },
  { key: 'remove', en: 'Remove', id: 'Buang', count: 2 },
  { key: 'add', en: 'Add', id: 'Tambah' },
  // The button that confirms a block's dialog after an edit (Insert the first time).
  { key: 'update', en: 'Update', id: 'Perbarui', count: 2 },
  { key: 'add_x', en: 'Add {$name}', id: 'Tambah {$name}' },
  { key: 'upload', en: 'Upload', id: 'Unggah' },
  { key: 'browse', en: 'Browse', id: 'Pilih berkas' },
  { key: 'discard', en: 'Discard', id: 'Buang' },
  { key: 'restore', en: 'Restore', id: 'Pulihkan' },
  { key: 'back', en: 'Back', id: 'Kembali' },
  { key: 'done', en: 'Done', id: 'Selesai' },
  { key: 'edit', en: 'Edit', id: 'Sunting' },
  { key: 'preview', en: 'Preview', id: 'Pratinjau' },
  { key: 'create_entry_title', en: 'Creating {$name}', id: 'Membuat {$name} baru' },
  { key: 'create_entry_announcement', en: 'You’re now creating a new entry in the “{$collection}” collection.', id: 'Anda sedang membuat entri baru di koleksi “{$collection}”.' },
  { key: 'edit_entry_announcement', en: 'You’re now editing the “{$entry}” entry in the “{$collection}” collection.', id: 'Anda sedang menyunting “{$entry}” di koleksi “{$collection}”.' },
  { key: 'edit_file_announcement', en: 'You’re now editing the “{$file}” file in the “{$collection}” collection.', id: 'Anda sedang menyunting berkas “{$file}” di koleksi “{$collection}”.' },
  { key: 'local_workflow.indicator', en: 'Local', id: 'Lokal' },
  // The date fields' button and the clear button, in Sveltia and in its UI library.
  { key: 'today', en: 'Today', id: 'Hari ini', count: 2 },
  { key: 'clear', en: 'Clear', id: 'Kosongkan', count: 2 },
  { key: '_sui.alert.error', en: 'Error', id: 'Kesalahan' },
  { key: 'show_preview', en: 'Show Preview', id: 'Tampilkan pratinjau' },
  { key: 'x_field', en: '“{$field}” Field', id: 'Kolom “{$field}”' },
  // Names of icon buttons, read out by screen readers.
  { key: 'cancel_editing', en: 'Cancel Editing', id: 'Tutup penyunting' },
  { key: 'show_editor_options', en: 'Show Editor Options', id: 'Tampilkan opsi penyunting' },
  { key: 'show_field_options', en: 'Show Field Options', id: 'Tampilkan opsi kolom' },
  { key: 'create_entry_or_assets', en: 'Create Entry or Assets', id: 'Buat entri atau unggah berkas' },
  { key: 'show_account_menu', en: 'Show Account Menu', id: 'Tampilkan menu akun' },
  { key: 'swap_panes', en: 'Swap Panes', id: 'Tukar panel' },
  { key: 'list_item_value', en: 'Item Value', id: 'Isi butir' },
  { key: 'remove_this_item', en: 'Remove This Item', id: 'Buang butir ini' },
  {
    key: 'entry_saved',
    en: '.input {$count :integer} .match $count one {{Entry saved.}} * {{{$count} entries saved.}}',
    id: '.input {$count :integer} .match $count one {{Entri tersimpan.}} * {{{$count} entri tersimpan.}}',
  },
  {
    key: 'entry_saved_and_published',
    en: '.input {$count :integer} .match $count one {{Entry saved and published.}} * {{{$count} entries saved and published.}}',
    id: '.input {$count :integer} .match $count one {{Entri tersimpan dan terbit.}} * {{{$count} entri tersimpan dan terbit.}}',
  },
  { key: 'confirm_deleting_this_entry', en: 'Are you sure you want to delete this entry?', id: 'Yakin ingin menghapus entri ini?' },

  // Unsaved changes: Sveltia keeps a backup of an unsaved form and offers it back.
  { key: 'restore_backup_title', en: 'Restore Draft', id: 'Pulihkan perubahan yang belum disimpan' },
  {
    key: 'restore_backup_description',
    en: 'This entry has a backup from {$datetime}. Do you want to restore the edited draft?',
    id: 'Entri ini punya perubahan yang belum disimpan, dicadangkan pada {$datetime}. Pulihkan perubahan itu?',
  },
  { key: 'draft_backup_saved', en: 'Draft backup saved.', id: 'Cadangan perubahan disimpan.' },
  { key: 'draft_backup_restored', en: 'Draft backup restored.', id: 'Cadangan perubahan dipulihkan.' },
  { key: 'draft_backup_deleted', en: 'Draft backup deleted.', id: 'Cadangan perubahan dihapus.' },
  {
    key: 'remote_change.confirm_reloading_entry',
    en: 'Are you sure you want to reload the entry? Your unsaved changes will be lost.',
    id: 'Muat ulang entri ini? Perubahan yang belum disimpan akan hilang.',
  },
];

/** A string as it sits inside a JavaScript template literal. */
const inTemplate = (text: string) => text.replace(/[\\`]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${');

/** The property as Sveltia's build writes it: `key:\`text\`` (keys with a hyphen quoted). */
function property(key: string, text: string): string {
  const last = key.split('.').at(-1)!;
  const name = /^[A-Za-z_$][\w$]*$/.test(last) ? last : JSON.stringify(last);
  return `${name}:\`${inTemplate(text)}\``;
}

/** Replaces each English message in Sveltia's npm build by its Indonesian; throws naming any it cannot find. */
export function translateSveltia(source: string, texts: readonly UiText[] = SVELTIA_INDONESIAN): string {
  const missing: string[] = [];
  let code = source;
  for (const { key, en, id, count = 1 } of texts) {
    const from = property(key, en);
    const found = code.split(from).length - 1;
    if (found !== count) {
      missing.push(`${key} (${found}× "${en}", diharapkan ${count}×)`);
      continue;
    }
    code = code.replaceAll(from, property(key, id));
  }
  if (missing.length > 0)
    throw new Error(`Ruang redaksi: teks Sveltia CMS yang diterjemahkan tidak ditemukan persis; periksa versi paketnya dan src/integrations/sveltiaIndonesian.ts:\n  ${missing.join('\n  ')}`);
  return code;
}
