import { z } from 'astro/zod';
import { CAMPAIGN_STATUSES } from './campaign.ts';

/**
 * The open data every campaign publishes: `/donasi/<slug>.json` and `/donasi/<slug>.csv`. This is
 * the one definition of their shape: the JSON route parses what it writes with it, the schema page
 * `/donasi/data/` is generated from it (the descriptions are for the public, hence Indonesian), and
 * the build test validates the published files against it. Change it only together with
 * `CAMPAIGN_DATA_VERSION` when a reuser's program would break.
 */

/** Raised when a field is removed or changes meaning; new optional fields keep the version. */
export const CAMPAIGN_DATA_VERSION = 1;

const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe(`${what} (tanggal kalender TTTT-BB-HH, waktu Indonesia barat).`);
const rupiah = (what: string) => z.number().int().nonnegative().describe(`${what}, dalam rupiah bulat.`);
const count = (what: string) => z.number().int().nonnegative().describe(what);
const text = (what: string) => z.string().min(1).describe(what);

export const campaignDataSchema = z.strictObject({
  version: z.literal(CAMPAIGN_DATA_VERSION).describe('Versi format berkas ini. Naik bila ada kolom yang dihapus atau berubah arti.'),
  slug: text('Nama pendek kampanye, sama dengan bagian alamatnya.'),
  title: text('Nama kampanye.'),
  description: text('Untuk apa dana dikumpulkan.'),
  organiser: text('Penyelenggara yang bertanggung jawab atas dana.'),
  beneficiaries: z.array(z.string().min(1)).describe('Penerima manfaat, satu per baris.'),
  url: z.url().describe('Alamat halaman kampanye.'),
  startDate: day('Hari pertama donasi diterima'),
  endDate: day('Hari terakhir donasi diterima'),
  status: z.enum(CAMPAIGN_STATUSES).describe('Status menurut penyelenggara saat angka diperbarui. Berjalan atau berakhirnya kampanye hari ini dihitung dari startDate dan endDate.'),
  illustrative: z
    .boolean()
    .describe('true bila angka hanya contoh (data ilustrasi), bukan laporan penyelenggara. Jangan mengutipnya sebagai fakta.'),
  source: text('Asal angka.'),
  sourceUrl: z.url().optional().describe('Tautan ke sumber angka, bila ada.'),
  sourceNote: z.string().min(1).optional().describe('Yang perlu diketahui tentang angka; selalu ada bila illustrative bernilai true.'),
  updatedAt: day('Hari angka terakhir diperbarui'),
  builtAt: z.iso.datetime().describe('Waktu berkas ini dibuat (ISO 8601, UTC).'),
  currency: z.literal('IDR').describe('Mata uang semua jumlah: rupiah.'),
  figures: z
    .strictObject({
      target: rupiah('Target penggalangan'),
      raised: rupiah('Donasi terkumpul'),
      donors: count('Jumlah donatur yang tercatat.'),
      percent: z.number().nonnegative().describe('Persentase target yang tercapai, dibulatkan ke bawah ke satu desimal; bisa lebih dari 100.'),
      remaining: rupiah('Kekurangan dari target (0 bila tercapai)'),
      allocated: rupiah('Jumlah yang sudah dialokasikan ke penerima'),
      disbursed: rupiah('Jumlah yang sudah disalurkan'),
    })
    .describe('Angka ringkas, sama dengan yang tampil di halaman.'),
  donationsByDay: z
    .array(
      z.strictObject({
        date: day('Tanggal'),
        amount: rupiah('Donasi hari itu'),
        donors: count('Donatur hari itu.'),
        cumulative: rupiah('Total terkumpul sampai hari itu'),
        cumulativeDonors: count('Total donatur sampai hari itu.'),
      }),
    )
    .describe('Donasi per hari, urut tanggal; isinya sama dengan berkas CSV.'),
  allocations: z
    .array(
      z.strictObject({
        recipient: text('Penerima atau wilayah.'),
        amount: rupiah('Jumlah yang dialokasikan'),
        note: z.string().min(1).optional().describe('Catatan alokasi.'),
      }),
    )
    .describe('Pembagian dana per penerima.'),
  disbursements: z
    .array(
      z.strictObject({
        date: day('Tanggal penyaluran'),
        title: text('Judul kabar penyaluran.'),
        recipient: text('Penerima.'),
        items: text('Barang atau bentuk bantuan.'),
        amount: rupiah('Nilai penyaluran'),
        text: z.string().min(1).optional().describe('Keterangan.'),
      }),
    )
    .describe('Penyaluran bantuan, terbaru dahulu.'),
  updates: z
    .array(
      z.strictObject({
        date: day('Tanggal kabar'),
        title: text('Judul kabar.'),
        text: z.string().min(1).optional().describe('Isi kabar.'),
      }),
    )
    .describe('Kabar lain (bukan penyaluran), terbaru dahulu.'),
  csv: z
    .strictObject({
      url: z.url().describe('Alamat berkas CSV donasi per hari.'),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .describe('SHA-256 berkas CSV itu (heksadesimal), untuk memastikan berkas yang diunduh utuh dan sama.'),
    })
    .describe('Berkas CSV pasangan berkas ini.'),
});

export type CampaignData = z.output<typeof campaignDataSchema>;

/**
 * Columns of `/donasi/<slug>.csv`, in order, with what each holds. Text cells that a spreadsheet
 * would run as a formula start with an apostrophe (see `lib/campaign/csvExport.ts`).
 */
export const CAMPAIGN_CSV_COLUMNS = [
  { name: 'tanggal', description: 'Tanggal, TTTT-BB-HH.' },
  { name: 'jumlah', description: 'Donasi hari itu, rupiah bulat tanpa pemisah ribuan.' },
  { name: 'donatur', description: 'Donatur hari itu (0 bila tidak diketahui, misalnya kotak amal).' },
  { name: 'total_terkumpul', description: 'Total terkumpul sampai hari itu, rupiah bulat.' },
  { name: 'total_donatur', description: 'Total donatur sampai hari itu.' },
  { name: 'catatan', description: 'Catatan donasi hari itu, dipisah titik koma; boleh kosong.' },
  { name: 'ilustrasi', description: '"ya" bila angkanya hanya contoh (data ilustrasi), "tidak" bila laporan penyelenggara.' },
] as const;
