import { z } from 'astro/zod';
import { refineUnique, requiredText, strictObject } from './shared.ts';
import { parseCalendarDay, type CalendarDay } from '../vocab/dates.ts';
import { SITE_LOCALE } from '../vocab/locale.ts';

/**
 * A donation campaign, one YAML file per campaign in `content/donasi/`. Donations may also sit in a
 * CSV beside it (see `check/donationsCsv.ts`); the rules that need those rows too (money
 * handed out versus money raised, CSV dates inside the campaign) run in `validateCampaign`, after
 * both are read. Rules about one file alone live here so problems point at its lines.
 */

/** Where a campaign stands, as the organiser declares it. */
export const CAMPAIGN_STATUSES = ['direncanakan', 'berjalan', 'selesai'] as const;
/** A log entry is news (`kabar`) or a hand-over of aid (`penyaluran`), which must say to whom and how much. */
export const UPDATE_KINDS = ['kabar', 'penyaluran'] as const;

/** File names become URLs (`/donasi/<slug>/`) and article references. */
export const CAMPAIGN_SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Addresses under /donasi/ the site itself uses; a campaign by that name would be hidden behind them. */
export const RESERVED_CAMPAIGN_SLUGS = ['data'] as const;


const text = (label: string) => requiredText(`${label} wajib diisi.`);

/**
 * Whole rupiah above zero. Sen are never collected in a campaign, and a fraction here is nearly
 * always a typo (`1.250` meant as one thousand two hundred fifty).
 */
export const rupiahAmount = (label: string) =>
  z
    .number({ error: `${label} harus angka rupiah tanpa titik atau "Rp", misalnya 1250000.` })
    .int(`${label} harus bilangan bulat rupiah, tanpa sen atau pecahan.`)
    .positive(`${label} harus lebih dari nol.`)
    .max(Number.MAX_SAFE_INTEGER, `${label} terlalu besar.`);

/** A calendar day written `YYYY-MM-DD`; the output is that string, checked to be a real day. */
export const calendarDay = (label: string) =>
  z.unknown().transform((value, ctx): CalendarDay => {
    const day = parseCalendarDay(value);
    if (day !== undefined) return day;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message:
        value === undefined || value === null || value === ''
          ? `${label} wajib diisi dengan format TTTT-BB-HH, misalnya 2025-12-06.`
          : `${label} "${String(value)}" bukan tanggal yang valid. Tulis dengan format TTTT-BB-HH, misalnya 2025-12-06.`,
    });
    return z.NEVER;
  });

const donorCount = z
  .number({ error: 'Jumlah donatur (donors) harus angka, misalnya 25.' })
  .int('Jumlah donatur (donors) harus bilangan bulat.')
  .min(0, 'Jumlah donatur (donors) tidak boleh negatif. Tulis 0 bila tidak diketahui.');

export const donationSchema = strictObject(
  {
    /** Day the money came in. Must fall between startDate and endDate. */
    date: calendarDay('Tanggal donasi (date)'),
    /** Money received that day in this entry, whole rupiah. */
    amount: rupiahAmount('Jumlah donasi (amount)'),
    /** How many people gave in this entry; 0 when unknown (e.g. a cash box). */
    donors: donorCount,
    /** Optional remark shown beside the entry, e.g. "Kotak amal di lokasi acara". */
    note: text('Catatan (note)').optional(),
  },
  'donasi',
);

export const allocationSchema = strictObject(
  {
    /** Who or which region the money is set aside for, e.g. "Aceh". */
    recipient: text('Penerima (recipient)'),
    /** Money set aside for this recipient, whole rupiah. */
    amount: rupiahAmount('Jumlah alokasi (amount)'),
    /** Optional remark, e.g. what the money is meant to buy. */
    note: text('Catatan (note)').optional(),
  },
  'alokasi',
);

export const updateSchema = strictObject(
  {
    /** Day of the news or the hand-over. */
    date: calendarDay('Tanggal kabar (date)'),
    /** `kabar` for news, `penyaluran` when aid was handed over. */
    kind: z
      .enum(UPDATE_KINDS, { error: `Jenis kabar (kind) harus salah satu dari: ${UPDATE_KINDS.join(', ')}.` })
      .default('kabar'),
    /** Short heading of the entry. */
    title: text('Judul kabar (title)'),
    /** Optional longer account. */
    text: text('Isi kabar (text)').optional(),
    /** For `penyaluran`: who received it (a region, a post, an institution). */
    recipient: text('Penerima (recipient)').optional(),
    /** For `penyaluran`: what was handed over, e.g. "Paket sembako dan selimut". */
    items: text('Barang atau bentuk bantuan (items)').optional(),
    /** For `penyaluran`: its value in whole rupiah. */
    amount: rupiahAmount('Nilai penyaluran (amount)').optional(),
  },
  'kabar',
).superRefine((update, ctx) => {
  if (update.kind !== 'penyaluran') return;
  const required = [
    ['recipient', 'penerima (recipient)'],
    ['items', 'apa yang diserahkan (items)'],
    ['amount', 'nilainya (amount)'],
  ] as const;
  for (const [key, label] of required)
    if (update[key] === undefined)
      ctx.addIssue({ code: 'custom', path: [key], message: `Kabar penyaluran wajib menyebut ${label}.` });
});

export const campaignFileSchema = strictObject(
  {
    /** Name of the campaign as readers see it. */
    title: text('Judul (title)'),
    /** Must equal the file name without `.yaml`; it is the campaign's address and how articles name it. */
    slug: z
      .string({ error: 'Slug wajib diisi, sama dengan nama berkas tanpa .yaml.' })
      .regex(CAMPAIGN_SLUG_RE, 'Slug hanya boleh huruf kecil, angka, dan tanda hubung, misalnya "asn-charity-2025".')
      .refine((slug) => !(RESERVED_CAMPAIGN_SLUGS as readonly string[]).includes(slug), {
        error: (issue) => `Slug "${String(issue.input)}" dipakai situs (/donasi/${String(issue.input)}/). Pilih nama lain.`,
      }),
    /** One or two sentences on what the campaign is for. */
    description: text('Deskripsi (description)'),
    /** Who runs the campaign and answers for the money. */
    organiser: text('Penyelenggara (organiser)'),
    /** Who the money is for, one line each. */
    beneficiaries: z
      .array(text('Penerima manfaat'), { error: 'Penerima manfaat (beneficiaries) wajib berupa daftar.' })
      .min(1, 'Tulis minimal satu penerima manfaat (beneficiaries).'),
    /** The goal in whole rupiah. */
    target: rupiahAmount('Target'),
    /** First day donations are accepted. */
    startDate: calendarDay('Tanggal mulai (startDate)'),
    /** Last day donations are accepted (inclusive). */
    endDate: calendarDay('Tanggal selesai (endDate)'),
    /** Declared state of the campaign. */
    status: z.enum(CAMPAIGN_STATUSES, {
      error: (issue) => `Status "${String(issue.input)}" tidak dikenal. Pilihan: ${CAMPAIGN_STATUSES.join(', ')}.`,
    }),
    /** Where the figures come from (a report, a publication, the organiser). */
    source: text('Sumber angka (source)'),
    /** Optional link to that source. */
    sourceUrl: z.url({ error: 'Tautan sumber (sourceUrl) harus alamat lengkap, misalnya https://contoh.id/berita.' }).optional(),
    /** Day the figures were last brought up to date. */
    updatedAt: calendarDay('Tanggal pembaruan angka (updatedAt)'),
    /** True when the figures are examples, not reported amounts; pages must then say so. */
    illustrative: z.boolean({ error: 'Kolom illustrative hanya boleh true atau false.' }),
    /** What readers must know about the figures; required when they are illustrative. */
    sourceNote: text('Catatan sumber (sourceNote)').optional(),
    /** Donations written in the YAML; rows of the CSV beside it are added to these. */
    donations: z.array(donationSchema, { error: 'Daftar donasi (donations) harus berupa daftar.' }).default([]),
    /** How the money is divided by recipient or region. */
    allocations: z.array(allocationSchema, { error: 'Daftar alokasi (allocations) harus berupa daftar.' }).default([]),
    /** News and hand-overs, in any order; pages sort them by date. */
    updates: z.array(updateSchema, { error: 'Daftar kabar (updates) harus berupa daftar.' }).default([]),
  },
  'kampanye',
).superRefine((campaign, ctx) => {
  // Fields that failed their own check arrive as z.NEVER; each rule below only reads real days.
  const start = typeof campaign.startDate === 'string' ? campaign.startDate : undefined;
  const end = typeof campaign.endDate === 'string' ? campaign.endDate : undefined;
  if (start && end && end < start)
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: `Tanggal selesai (${end}) tidak boleh sebelum tanggal mulai (${start}).`,
    });
  if (campaign.illustrative && campaign.sourceNote === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['illustrative'],
      message: 'Angka ditandai ilustrasi (illustrative: true): tulis sourceNote yang menjelaskannya kepada pembaca.',
    });
  if (start && end && end >= start)
    campaign.donations.forEach((donation, index) => {
      const outside = dateOutsideCampaign(donation.date, start, end);
      if (outside) ctx.addIssue({ code: 'custom', path: ['donations', index, 'date'], message: outside });
    });
  if (start)
    campaign.updates.forEach((update, index) => {
      if (update.kind === 'penyaluran' && typeof update.date === 'string' && update.date < start)
        ctx.addIssue({
          code: 'custom',
          path: ['updates', index, 'date'],
          message: `Penyaluran bertanggal ${update.date}, sebelum kampanye dimulai (${start}).`,
        });
    });
  refineUnique(
    ctx,
    campaign.allocations,
    (allocation) => allocation.recipient.toLocaleLowerCase(SITE_LOCALE),
    (index) => ['allocations', index, 'recipient'],
    (allocation, earlier) => `Penerima "${allocation.recipient}" sudah ada di alokasi ke-${earlier + 1}. Gabungkan jumlahnya.`,
  );
});

/** The message for a donation dated outside the campaign, or undefined when it is inside. */
export function dateOutsideCampaign(date: unknown, start: CalendarDay, end: CalendarDay): string | undefined {
  if (typeof date !== 'string') return undefined;
  if (date < start) return `Tanggal donasi ${date} sebelum kampanye dimulai (${start}).`;
  if (date > end) return `Tanggal donasi ${date} sesudah kampanye berakhir (${end}).`;
  return undefined;
}

export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type UpdateKind = (typeof UPDATE_KINDS)[number];
export type Donation = z.output<typeof donationSchema>;
export type Allocation = z.output<typeof allocationSchema>;
export type CampaignUpdate = z.output<typeof updateSchema>;
export type CampaignFile = z.output<typeof campaignFileSchema>;

/**
 * A campaign ready for pages: the YAML with the CSV rows added to `donations`, donations sorted
 * by date and updates newest first. Plain JSON, so a page can hand it to an island as a prop.
 */
export type Campaign = CampaignFile;
