import { z } from 'astro/zod';
import { ARTICLE_KINDS } from '../vocab/kinds.ts';
import { PILLAR_SLUGS, TOPIC_SLUGS } from '../vocab/taxonomy.ts';
import { CONTENT_LIMITS } from './limits.ts';
import { headline, requiredText, summary } from './shared.ts';

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
/** A pillar or topic named twice would show twice on the page; named ten thousand times, ten thousand times. */
const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** A date editors write as `2025-12-06` (optionally with a time); anything else is refused. */
export function dateField(what: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? new Date(value) : value),
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? `${what} wajib diisi, dengan format TTTT-BB-HH, misalnya 2025-12-06.`
          : `${what} tidak dapat dibaca sebagai tanggal. Tulis dengan format TTTT-BB-HH, misalnya 2025-12-06.`,
    }),
  );
}

/**
 * Every field but the two passed in, built once: Astro builds the article schema again for each
 * article it loads (its `image()` belongs to one file), and building these fields took about a
 * millisecond per article, far more than checking them.
 */
const FIELDS = {
  /** Headline, shown on the page, in listings and in search results. */
  title: headline('Judul (title) wajib diisi.'),
  /** The dek: one or two sentences summarising the piece; also the meta description. */
  description: summary('Ringkasan (description) wajib diisi: satu atau dua kalimat tentang isi tulisan.'),
  /** Date of first publication. */
  pubDate: dateField('Tanggal terbit (pubDate)'),
  /** Date of the last substantive change, if any. */
  updatedDate: dateField('Tanggal pembaruan (updatedDate)').optional(),
  /** `berita` (news) or `opini` (opinion); must match the folder the file is in. */
  kind: z.enum(ARTICLE_KINDS, { error: `Jenis (kind) harus salah satu dari ${list(ARTICLE_KINDS)}.` }),
  /** PRIMA pillars the piece is about. */
  pillars: z
    .array(z.enum(PILLAR_SLUGS, { error: `Pilar tidak dikenal. Pilihan: ${list(PILLAR_SLUGS)}.` }), {
      error: 'Pilar (pillars) harus berupa daftar, misalnya [profesional, melayani].',
    })
    .refine(unique, 'Setiap pilar cukup disebut sekali.')
    .default([]),
  /** Topics of the piece: `prima`, `psr` or both. */
  topics: z
    .array(z.enum(TOPIC_SLUGS, { error: `Topik tidak dikenal. Pilihan: ${list(TOPIC_SLUGS)}.` }), {
      error: 'Topik (topics) harus berupa daftar, misalnya [psr].',
    })
    .min(1, `Isi setidaknya satu topik (topics): ${list(TOPIC_SLUGS)}.`)
    .refine(unique, 'Setiap topik cukup disebut sekali.'),
  /** Free keywords; each becomes a page under `/tag/`. */
  tags: z
    .array(
      z
        .string({ error: 'Setiap tag harus berupa teks.' })
        .trim()
        .regex(/[\p{L}\p{N}]/u, 'Tag harus memuat setidaknya satu huruf atau angka.'),
      { error: 'Tag (tags) harus berupa daftar, misalnya [festival asn, semarang].' },
    )
    .max(CONTENT_LIMITS.tagsMax, `Paling banyak ${CONTENT_LIMITS.tagsMax} tag per tulisan; pilih yang paling menggambarkan isinya.`)
    .default([]),
  /** What the hero image shows, for readers who cannot see it. */
  heroAlt: requiredText('Teks alternatif gambar (hero.alt) wajib diisi: jelaskan apa yang tampak di gambar.'),
  /** Who made the hero image or where it comes from. */
  heroCredit: requiredText('Kredit gambar (hero.credit) wajib diisi, misalnya "Ilustrasi: Redaksi ASN Prima".'),
  /** Dateline for news, e.g. "Semarang". */
  location: requiredText('Lokasi (location) harus berupa teks, misalnya "Semarang"; hapus baris ini bila tidak perlu.').optional(),
  /** The outlet this piece reports on or summarises. */
  source: z
    .object(
      {
        /** Name of the publication. */
        name: requiredText('Nama sumber (source.name) wajib diisi.'),
        /** Address of the original article, or of the publication when the article's own address is not known. */
        url: z.url({ protocol: /^https?$/, error: 'Alamat sumber (source.url) harus berupa URL lengkap, diawali https://.' }).optional(),
        /** Original author, when the source names one. */
        author: requiredText('Penulis sumber (source.author) tidak boleh kosong; hapus baris ini bila sumber tidak menyebut penulis.').optional(),
      },
      { error: 'Sumber (source) harus berisi name dan url.' },
    )
    .optional(),
  /** A campaign (file name in `content/donasi/`) this piece is about. */
  campaign: z.string({ error: 'Kampanye (campaign) harus berupa nama berkas kampanye.' }).optional(),
  /** Drafts show in `npm run dev` only, never in a build. */
  draft: z.boolean({ error: 'Draf (draft) harus true atau false.' }).default(false),
};

/**
 * The frontmatter of an article (berita or opini) in `content/artikel/<jenis>/`.
 * The hero image and the author are passed in: inside Astro they are `image()` and
 * `reference('authors')`; the content check passes plain validators with the same rules.
 */
export function articleSchema<Img extends z.ZodType, Author extends z.ZodType>(image: Img, author: Author) {
  const { title, description, pubDate, updatedDate, kind, pillars, topics, tags, heroAlt, heroCredit, location, source, campaign, draft } = FIELDS;
  return z
    .object({
      title,
      description,
      pubDate,
      updatedDate,
      kind,
      /** Id of an author file in `content/penulis/` (its name without `.yaml`). */
      author,
      pillars,
      topics,
      tags,
      /** Optional lead image, with the alt text and credit it must carry. */
      hero: z
        .object(
          {
            /** Image file, relative to the article or in `content/gambar/`. */
            src: image,
            alt: heroAlt,
            credit: heroCredit,
          },
          { error: 'Gambar utama (hero) harus berisi src, alt, dan credit.' },
        )
        .optional(),
      location,
      source,
      campaign,
      draft,
    })
    .refine((a) => !a.updatedDate || a.updatedDate.getTime() >= a.pubDate.getTime(), {
      message: 'Tanggal pembaruan (updatedDate) tidak boleh lebih awal daripada tanggal terbit (pubDate).',
      path: ['updatedDate'],
    });
}
