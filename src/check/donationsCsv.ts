import Papa from 'papaparse';
import type { Donation } from '../schemas/campaign.ts';
import type { Problem } from './problems.ts';
import { parseCalendarDay } from '../vocab/dates.ts';

/**
 * Donations kept in a spreadsheet and saved as CSV beside the campaign's YAML. Pure (no
 * file access): the loader hands over the text. Every problem names the CSV line, counted the way
 * an editor's text editor counts them, comments and blank lines included.
 */

/** Columns in the header row; `catatan` may be left out. */
export const CSV_COLUMNS = ['tanggal', 'jumlah', 'donatur', 'catatan'] as const;
const REQUIRED_COLUMNS = ['tanggal', 'jumlah', 'donatur'] as const;

/** A donation and the CSV line it came from, so later rules (dates inside the campaign) can point at it. */
export interface CsvDonation {
  donation: Donation;
  line: number;
}

export interface DonationsCsvResult {
  donations: CsvDonation[];
  problems: Problem[];
}

type Parsed<T> = { value: T } | { error: string };

/**
 * Whole rupiah as a spreadsheet writes it: `1250000`, `1.250.000` or `Rp1.250.000`. A dot that
 * does not group thousands (`1.5`) or a comma (`1250000,50`) is a fraction and refused.
 */
export function parseCsvAmount(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { error: 'Jumlah wajib diisi.' };
  const negative = text.startsWith('-');
  const unsigned = text.replace(/^-/, '').replace(/^rp\.?\s*/i, '');
  const digits = /^\d{1,3}(?:\.\d{3})+$/.test(unsigned) ? unsigned.replaceAll('.', '') : unsigned;
  if (!/^\d+$/.test(digits)) {
    if (/^[\d.]+,\d+$|^\d+\.\d+$/.test(unsigned))
      return { error: `Jumlah "${text}" berpecahan. Tulis rupiah bulat tanpa sen, misalnya 1250000.` };
    return { error: `Jumlah "${text}" bukan angka rupiah. Tulis misalnya 1250000 atau 1.250.000.` };
  }
  const value = Number(digits);
  if (negative && value > 0) return { error: `Jumlah "${text}" negatif. Donasi harus lebih dari nol.` };
  if (value === 0) return { error: 'Jumlah tidak boleh nol. Hapus barisnya bila tidak ada donasi.' };
  if (!Number.isSafeInteger(value)) return { error: `Jumlah "${text}" terlalu besar.` };
  return { value };
}

function parseDonors(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { error: 'Jumlah donatur wajib diisi; tulis 0 bila tidak diketahui.' };
  if (/^-\d+$/.test(text)) return { error: `Jumlah donatur "${text}" tidak boleh negatif.` };
  if (!/^\d+$/.test(text.replaceAll('.', ''))) return { error: `Jumlah donatur "${text}" harus bilangan bulat, misalnya 25.` };
  return { value: Number(text.replaceAll('.', '')) };
}

/** 1-based line where a row starts, from where Papa Parse says the row ends. */
function startLine(text: string, cursor: number, fields: readonly string[]): number {
  let end = cursor;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  let newlines = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) newlines++;
  // A quoted note may span lines; the row starts that many lines above its end.
  const inside = fields.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
  return newlines + 1 - inside;
}

/** Reads the CSV text of one campaign; `file` is the path used in problems. */
export function parseDonationsCsv(file: string, text: string): DonationsCsvResult {
  const donations: CsvDonation[] = [];
  const problems: Problem[] = [];
  const problem = (line: number, field: string, message: string) =>
    problems.push({ file, line, field, message, severity: 'error' });

  // Excel saves "CSV UTF-8" with a byte-order mark, which would otherwise stick to the first column name.
  const body = text.replace(/^\uFEFF/, '');
  let header: string[] | undefined;
  Papa.parse<string[]>(body, {
    comments: '#',
    skipEmptyLines: 'greedy',
    step: (row) => {
      const fields = row.data;
      const line = startLine(body, row.meta.cursor, fields);
      for (const error of row.errors) problem(line, '-', `Baris CSV tidak terbaca (${error.message}). Periksa tanda kutip dan koma.`);
      if (row.errors.length > 0) return;
      if (header === undefined) {
        header = fields.map((f) => f.trim().toLowerCase());
        const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
        const missing = REQUIRED_COLUMNS.filter((c) => !header?.includes(c));
        if (unknown.length > 0 || missing.length > 0)
          problem(
            line,
            '-',
            `Baris judul kolom harus "${CSV_COLUMNS.join(',')}"` +
              (missing.length > 0 ? `; kolom hilang: ${missing.join(', ')}` : '') +
              (unknown.length > 0 ? `; kolom tidak dikenal: ${unknown.join(', ')}` : '') +
              '.',
          );
        return;
      }
      const cell = (column: string) => {
        const index = header?.indexOf(column) ?? -1;
        return index < 0 ? '' : (fields[index] ?? '');
      };
      if (fields.length > header.length) {
        problem(line, '-', `Baris ini punya ${fields.length} kolom, judulnya ${header.length}. Catatan yang memuat koma perlu diapit tanda kutip.`);
        return;
      }
      const date = parseCalendarDay(cell('tanggal'));
      const amount = parseCsvAmount(cell('jumlah'));
      const donors = parseDonors(cell('donatur'));
      const note = cell('catatan').trim();
      if (date === undefined)
        problem(
          line,
          'tanggal',
          cell('tanggal').trim() === ''
            ? 'Tanggal wajib diisi dengan format TTTT-BB-HH, misalnya 2025-12-06.'
            : `Tanggal "${cell('tanggal').trim()}" bukan tanggal yang valid. Tulis TTTT-BB-HH (2025-12-06) atau HH/BB/TTTT (6/12/2025).`,
        );
      if ('error' in amount) problem(line, 'jumlah', amount.error);
      if ('error' in donors) problem(line, 'donatur', donors.error);
      if (date === undefined || 'error' in amount || 'error' in donors) return;
      donations.push({
        line,
        donation: { date, amount: amount.value, donors: donors.value, ...(note === '' ? {} : { note }) },
      });
    },
  });
  if (header === undefined) problem(1, '-', `Berkas CSV kosong. Baris pertama harus judul kolom "${CSV_COLUMNS.join(',')}".`);
  return { donations, problems };
}
