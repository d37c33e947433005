import { z } from 'astro/zod';
import { refineUnique, requiredText, strictObject } from './shared.ts';
import { PILLAR_SLUGS, type PillarSlug } from '../vocab/taxonomy.ts';

/**
 * The PRIMA self-assessment, written by editors as four YAML files in `content/asesmen/`:
 * statements, the answer scale, the result levels and the advice per pillar. Each file has its own
 * schema; the rules that span a whole list (repeated ids, too few statements, gaps between levels)
 * are refinements on the file so the problem still points at the offending line.
 */

/** Fewer statements than this and one unlucky answer swings a pillar's score too far. */
export const MIN_STATEMENTS_PER_PILLAR = 4;
/** The result promises a meaningful reading; fewer bands would be only "good" and "bad". */
export const MIN_LEVELS = 4;
/** Scoring maps answers 1..5 to 0..100, so the scale is fixed at five points. */
export const SCALE_VALUES = [1, 2, 3, 4, 5] as const;
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** Statement ids are keys in saved answers and must survive copy-paste into a URL or storage. */
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const pillarList = PILLAR_SLUGS.join(', ');


const text = (label: string) => requiredText(`${label} wajib diisi.`);

const pillarField = z.enum(PILLAR_SLUGS, {
  error: (issue) => `Pilar "${String(issue.input)}" tidak dikenal. Pilihan: ${pillarList}.`,
});

// ---------------------------------------------------------------------------------------------
// pernyataan.yaml

export const statementSchema = strictObject(
  {
    /** Stable key of the statement; saved answers are tied to it, so change it only when the meaning changes. */
    id: z
      .string({ error: 'Id pernyataan wajib diisi, misalnya "pro-etika".' })
      .regex(ID_RE, 'Id pernyataan hanya boleh huruf kecil, angka, dan tanda hubung, misalnya "pro-etika".'),
    /** Which PRIMA pillar the statement measures (a slug from the taxonomy). */
    pillar: pillarField,
    /** The statement in the first person, about one's own work ("Saya ..."). */
    text: text('Teks pernyataan (text)'),
    /** True when agreeing means a weaker pillar, so the answer is reversed (6 - jawaban) before scoring. */
    reverse: z.boolean({ error: 'Kolom reverse hanya boleh true atau false.' }).default(false),
  },
  'pernyataan',
);

/** Loose view of a statement for list rules, which also run when some statement is malformed. */
function looseStatement(value: unknown): { id?: unknown; pillar?: unknown } {
  return typeof value === 'object' && value !== null ? value : {};
}

export const statementsFileSchema = strictObject(
  {
    /** Every statement, in the order they are asked. */
    statements: z.array(statementSchema, { error: 'Daftar pernyataan (statements) wajib ada dan berupa daftar.' }),
  },
  'berkas pernyataan',
).superRefine(
  (file, ctx) => {
    // Read loosely: with `when` below this also runs on a list that has a broken item, so a repeated
    // id or a thin pillar shows up in the same run as a misspelt pillar.
    const items = (file as { statements: unknown[] }).statements.map(looseStatement);
    refineUnique(
      ctx,
      items,
      ({ id }) => (typeof id === 'string' ? id : undefined),
      (index) => ['statements', index, 'id'],
      ({ id }, earlier) => `Id "${String(id)}" sudah dipakai oleh pernyataan ke-${earlier + 1}. Setiap pernyataan perlu id sendiri.`,
    );
    for (const pillar of PILLAR_SLUGS) {
      const count = items.filter((s) => s.pillar === pillar).length;
      if (count < MIN_STATEMENTS_PER_PILLAR)
        ctx.addIssue({
          code: 'custom',
          path: ['statements'],
          message: `Pilar "${pillar}" baru punya ${count} pernyataan; minimal ${MIN_STATEMENTS_PER_PILLAR}.`,
        });
    }
  },
  { when: (payload) => Array.isArray((payload.value as { statements?: unknown } | null)?.statements) },
);

// ---------------------------------------------------------------------------------------------
// skala.yaml

export const scaleOptionSchema = strictObject(
  {
    /** The answer as a number, 1 (least agree) to 5 (most agree). */
    value: z.union(SCALE_VALUES.map((v) => z.literal(v)), {
      error: 'Nilai (value) harus salah satu dari 1, 2, 3, 4, atau 5.',
    }),
    /** What the person sees on the button, e.g. "Sangat sesuai". */
    label: text('Label pilihan (label)'),
  },
  'pilihan jawaban',
);

export const scaleFileSchema = strictObject(
  {
    /** The question shown above every statement. */
    prompt: text('Pertanyaan pengantar (prompt)'),
    /** The five answers, from "Sangat tidak sesuai" (1) to "Sangat sesuai" (5). */
    options: z
      .array(scaleOptionSchema, { error: 'Daftar pilihan (options) wajib ada dan berupa daftar.' })
      .length(SCALE_VALUES.length, `Skala harus tepat ${SCALE_VALUES.length} pilihan, bernilai 1 sampai 5.`),
  },
  'berkas skala',
).superRefine((file, ctx) => {
  file.options.forEach((option, index) => {
    if (option.value !== index + 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options', index, 'value'],
        message: `Pilihan ke-${index + 1} harus bernilai ${index + 1}: urutkan dari 1 (paling tidak sesuai) sampai 5 (paling sesuai).`,
      });
  });
});

// ---------------------------------------------------------------------------------------------
// level.yaml

const bound = (label: string) =>
  z
    .number({ error: `${label} wajib diisi dengan angka ${SCORE_MIN} sampai ${SCORE_MAX}.` })
    .int(`${label} harus bilangan bulat.`)
    .min(SCORE_MIN, `${label} tidak boleh kurang dari ${SCORE_MIN}.`)
    .max(SCORE_MAX, `${label} tidak boleh lebih dari ${SCORE_MAX}.`);

export const levelSchema = strictObject(
  {
    /** Lowest index in this level, inclusive. */
    min: bound('Batas bawah (min)'),
    /** Highest index in this level, inclusive. */
    max: bound('Batas atas (max)'),
    /** Short name of the level, e.g. "Prima". */
    name: text('Nama level (name)'),
    /** One or two plain sentences on what this level means for the person's work. */
    meaning: text('Makna level (meaning)'),
  },
  'level',
).refine((level) => level.min <= level.max, {
  path: ['max'],
  message: 'Batas atas (max) tidak boleh lebih kecil dari batas bawah (min).',
});

export const levelsFileSchema = strictObject(
  {
    /** The bands of the overall index; together they cover 0 to 100 with no gap and no overlap. */
    levels: z
      .array(levelSchema, { error: 'Daftar level (levels) wajib ada dan berupa daftar.' })
      .min(MIN_LEVELS, `Perlu minimal ${MIN_LEVELS} level agar hasil bermakna.`),
  },
  'berkas level',
).superRefine((file, ctx) => {
  // Editors may list bands in any order; coverage is judged from lowest to highest.
  const order = file.levels.map((level, index) => ({ level, index })).sort((a, b) => a.level.min - b.level.min);
  let expected = SCORE_MIN;
  for (const { level, index } of order) {
    if (level.min > expected)
      ctx.addIssue({
        code: 'custom',
        path: ['levels', index, 'min'],
        message: `Ada celah: nilai ${expected} sampai ${level.min - 1} tidak masuk level mana pun. Batas bawah level "${level.name}" seharusnya ${expected}.`,
      });
    else if (level.min < expected)
      ctx.addIssue({
        code: 'custom',
        path: ['levels', index, 'min'],
        message: `Level "${level.name}" tumpang tindih dengan level lain pada nilai ${level.min} sampai ${Math.min(level.max, expected - 1)}. Batas bawahnya seharusnya ${expected}.`,
      });
    expected = Math.max(expected, level.max + 1);
  }
  if (expected <= SCORE_MAX)
    ctx.addIssue({
      code: 'custom',
      path: ['levels'],
      message: `Ada celah: nilai ${expected} sampai ${SCORE_MAX} tidak masuk level mana pun. Level tertinggi harus berakhir di ${SCORE_MAX}.`,
    });
});

// ---------------------------------------------------------------------------------------------
// saran.yaml

export const adviceStepSchema = strictObject(
  {
    /** A short imperative heading, e.g. "Ikuti pelatihan etika pelayanan". */
    title: text('Judul langkah (title)'),
    /** One or two sentences on how to take the step in daily work. */
    text: text('Penjelasan langkah (text)'),
  },
  'langkah',
);

export const pillarAdviceSchema = strictObject(
  {
    /** Shown when the pillar is among the strongest: what to keep doing. */
    strength: text('Kalimat kekuatan (strength)'),
    /** Concrete steps shown when the pillar is among the weakest. */
    steps: z
      .array(adviceStepSchema, { error: 'Daftar langkah (steps) wajib ada dan berupa daftar.' })
      .min(1, 'Tulis minimal satu langkah (steps).'),
  },
  'saran pilar',
);

export const adviceFileSchema = strictObject(
  {
    /** Advice keyed by pillar slug; every pillar needs an entry. */
    advice: z
      .record(z.string(), pillarAdviceSchema, { error: 'Bagian saran (advice) wajib ada, berisi satu bagian per pilar.' })
      .superRefine((advice, ctx) => {
        for (const key of Object.keys(advice))
          if (!(PILLAR_SLUGS as readonly string[]).includes(key))
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `Pilar "${key}" tidak dikenal. Pilihan: ${pillarList}.`,
            });
        for (const pillar of PILLAR_SLUGS)
          if (!(pillar in advice))
            ctx.addIssue({ code: 'custom', path: [], message: `Saran untuk pilar "${pillar}" belum ada.` });
      }),
  },
  'berkas saran',
);

// ---------------------------------------------------------------------------------------------
// The whole assessment

export type Statement = z.output<typeof statementSchema>;
export type ScaleOption = z.output<typeof scaleOptionSchema>;
export type Scale = z.output<typeof scaleFileSchema>;
export type Level = z.output<typeof levelSchema>;
export type AdviceStep = z.output<typeof adviceStepSchema>;
export type PillarAdvice = z.output<typeof pillarAdviceSchema>;

/** Everything the assessment needs, plain JSON so a page can hand it to an island as a prop. */
export interface AssessmentData {
  statements: Statement[];
  scale: Scale;
  /** Sorted from the lowest band up. */
  levels: Level[];
  advice: Record<PillarSlug, PillarAdvice>;
}
