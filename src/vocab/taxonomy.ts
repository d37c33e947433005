/**
 * The two fixed vocabularies of the site: the five PRIMA pillars and the topics.
 * Defined once here and used by the content schemas, the listing pages, the search filters and
 * the self-assessment, so a pillar can never be spelled two ways.
 */

export interface Term<Slug extends string = string> {
  /** URL segment and the value editors write in frontmatter. */
  slug: Slug;
  /** Display name. */
  name: string;
  /** One line: what the term means. */
  summary: string;
  /** A short paragraph for the term's own page. */
  description: string;
}

export interface Pillar extends Term<PillarSlug> {
  /** The letter of P-R-I-M-A this pillar stands for. */
  letter: string;
}

export const PILLAR_SLUGS = ['profesional', 'responsif', 'inovatif', 'melayani', 'akuntabel'] as const;
export type PillarSlug = (typeof PILLAR_SLUGS)[number];

/**
 * Display names by slug: on pages, in the search filters and as the filter values written into the
 * search index. Kept apart from the long texts below so a search script can import them alone.
 */
export const PILLAR_LABELS: Readonly<Record<PillarSlug, string>> = {
  profesional: 'Profesional',
  responsif: 'Responsif',
  inovatif: 'Inovatif',
  melayani: 'Melayani',
  akuntabel: 'Akuntabel',
};

export const PILLARS: readonly Pillar[] = [
  {
    slug: 'profesional',
    letter: 'P',
    name: PILLAR_LABELS.profesional,
    summary: 'Bekerja dengan etika, integritas, dan kompetensi yang sesuai dengan jabatannya.',
    description:
      'ASN yang profesional memegang teguh etika dan integritas, menguasai tugas serta fungsinya, dan terus mengasah keahlian. Jabatan dan kenaikan karier ditentukan oleh kemampuan dan kinerja, bukan kedekatan: itulah sistem merit.',
  },
  {
    slug: 'responsif',
    letter: 'R',
    name: PILLAR_LABELS.responsif,
    summary: 'Cepat menanggapi kebutuhan dan keluhan warga tanpa menunda layanan.',
    description:
      'ASN yang responsif peka terhadap apa yang dibutuhkan masyarakat. Keluhan dijawab dengan segera, layanan tidak ditunda-tunda, dan perubahan keadaan di lapangan ditanggapi sebelum menjadi masalah.',
  },
  {
    slug: 'inovatif',
    letter: 'I',
    name: PILLAR_LABELS.inovatif,
    summary: 'Berani memperbarui cara kerja, layanan, dan kebijakan agar lebih berdampak.',
    description:
      'ASN yang inovatif tidak puas dengan rutinitas yang kaku. Ia mencari cara yang lebih baik, entah dalam alur kerja, bentuk layanan, atau rancangan kebijakan, karena pembaruan semacam itulah yang menggerakkan reformasi birokrasi.',
  },
  {
    slug: 'melayani',
    letter: 'M',
    name: PILLAR_LABELS.melayani,
    summary: 'Menempatkan diri sebagai pelayan warga, bukan penguasa.',
    description:
      'ASN yang melayani memandang layanan publik sebagai urusan martabat warga, bukan sekadar berkas administrasi. Semangatnya adalah kepemimpinan yang melayani: hadir sepenuh hati bagi orang yang datang meminta bantuan.',
  },
  {
    slug: 'akuntabel',
    letter: 'A',
    name: PILLAR_LABELS.akuntabel,
    summary: 'Setiap keputusan dan tindakan dapat dipertanggungjawabkan secara terbuka.',
    description:
      'ASN yang akuntabel siap menjelaskan setiap tindakannya, baik dari sisi administrasi, moral, maupun hukum. Keterbukaan dan pertanggungjawaban adalah modal utama agar masyarakat percaya kepada pemerintah.',
  },
];

export const TOPIC_SLUGS = ['prima', 'psr'] as const;
export type TopicSlug = (typeof TOPIC_SLUGS)[number];

/** Short names of the topics: the search filter and its values in the index ("PSR", not the full name). */
export const TOPIC_LABELS: Readonly<Record<TopicSlug, string>> = { prima: 'ASN PRIMA', psr: 'PSR' };

export const TOPICS: readonly Term<TopicSlug>[] = [
  {
    slug: 'prima',
    name: TOPIC_LABELS.prima,
    summary: 'ASN yang Profesional, Responsif, Inovatif, Melayani, dan Akuntabel.',
    description:
      'ASN PRIMA adalah gambaran aparatur yang memadukan lima sikap kerja sekaligus. Kelimanya saling menguatkan: kompetensi tanpa kepekaan terasa dingin, sedangkan niat melayani tanpa akuntabilitas mudah disalahgunakan.',
  },
  {
    slug: 'psr',
    name: 'Personal Social Responsibility',
    summary: 'Tanggung jawab sosial yang dipikul oleh setiap ASN secara pribadi.',
    description:
      'Personal Social Responsibility (PSR) memindahkan gagasan tanggung jawab sosial dari tingkat lembaga ke tingkat orang per orang. Setiap ASN diajak menunjukkan kepedulian lewat tindakan nyata di lingkungannya.',
  },
];

export function isPillarSlug(value: unknown): value is PillarSlug {
  return typeof value === 'string' && (PILLAR_SLUGS as readonly string[]).includes(value);
}

export function isTopicSlug(value: unknown): value is TopicSlug {
  return typeof value === 'string' && (TOPIC_SLUGS as readonly string[]).includes(value);
}

export function getPillar(slug: PillarSlug): Pillar {
  // PILLARS is built from PILLAR_SLUGS, so the lookup cannot miss.
  return PILLARS.find((p) => p.slug === slug)!;
}

export function getTopic(slug: TopicSlug): Term<TopicSlug> {
  return TOPICS.find((t) => t.slug === slug)!;
}
