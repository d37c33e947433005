/**
 * The six editors' components as forms in the browser editor. Which props exist and every rule
 * on them (required, not blank, pattern, whole number, at least 0, choices) come from the
 * components' own schemas (src/schemas/mdx/), with the schemas' own messages; this file adds only
 * what a schema cannot say: Indonesian labels and hints.
 *
 * Each block opens as a dialog (`mode: 'dialog'`): Sveltia checks a block's fields only when its
 * dialog is confirmed, and refuses an invalid one there. Fields of a block drawn inline in the
 * body (the default `block` mode) are never checked in Sveltia 0.221.1, not even on save.
 */
import { z } from 'astro/zod';
import type { EditorComponentDefinition } from '@sveltia/cms';
import { COMPONENT_NAMES, componentSchemas, type ComponentName } from '../../schemas/mdx/index.ts';
import type { BlockShape, PropKind } from './componentBlocks.ts';
import { defaultOf, fieldRules, ruleOf, type FieldRule } from './schemaFacts.ts';

type Field = EditorComponentDefinition['fields'][number];

interface PropText {
  label: string;
  hint?: string;
}

interface ComponentText {
  label: string;
  icon: string;
  props: Record<string, PropText>;
  /** Label of the text written between the tags, for components that wrap text. */
  children?: PropText;
  /** The line that stands for the block in the body (Sveltia's summary template). */
  summary: string;
}

/** Labels and hints, one entry per prop of each component's schema (the unit test holds them equal). */
export const COMPONENT_TEXT: Record<ComponentName, ComponentText> = {
  Callout: {
    label: 'Catatan / peringatan (Callout)',
    summary: 'Kotak {{type}}: {{isi | truncate(80)}}',
    icon: 'info',
    props: {
      type: { label: 'Jenis', hint: 'Catatan untuk keterangan tambahan; peringatan untuk hal yang harus diwaspadai pembaca.' },
      title: { label: 'Judul kotak', hint: 'Tidak wajib. Bila kosong tertulis "Catatan" atau "Peringatan".' },
    },
    children: { label: 'Isi kotak', hint: 'Wajib. Boleh memakai Markdown, misalnya **tebal** atau _miring_.' },
  },
  PullQuote: {
    label: 'Kutipan menonjol (PullQuote)',
    summary: 'Kutipan: {{isi | truncate(80)}} ({{by}})',
    icon: 'format_quote',
    props: {
      by: { label: 'Sumber kutipan', hint: 'Wajib: siapa yang mengatakan atau menulisnya. Kutip hanya kata-kata yang benar-benar ada di sumber.' },
      role: { label: 'Keterangan sumber', hint: 'Tidak wajib, misalnya "Wali Kota Semarang".' },
    },
    children: { label: 'Kutipan', hint: 'Wajib: kalimat yang benar-benar diucapkan atau ditulis narasumber.' },
  },
  Figure: {
    label: 'Gambar dengan keterangan (Figure)',
    summary: 'Gambar: {{alt | truncate(80)}}',
    icon: 'image',
    props: {
      src: { label: 'Berkas gambar', hint: 'Format jpg, png, webp, atau avif, lebar sekitar 1200 piksel. Disimpan di content/gambar/.' },
      alt: { label: 'Teks alternatif', hint: 'Wajib: jelaskan apa yang tampak di gambar, untuk pembaca yang tidak dapat melihatnya.' },
      caption: { label: 'Keterangan gambar', hint: 'Tidak wajib; tampil di bawah gambar.' },
      credit: { label: 'Kredit', hint: 'Wajib, misalnya "Foto: Humas Pemkot Semarang".' },
    },
  },
  AssessmentCta: {
    label: 'Ajakan asesmen mandiri (AssessmentCta)',
    summary: 'Ajakan asesmen mandiri PRIMA',
    icon: 'quiz',
    props: {
      title: { label: 'Judul ajakan', hint: 'Tidak wajib. Bawaan: "Seberapa PRIMA cara kerja Anda?".' },
      label: { label: 'Teks tautan', hint: 'Tidak wajib. Bawaan: "Mulai asesmen mandiri".' },
    },
  },
  DonationProgress: {
    label: 'Kemajuan donasi (DonationProgress)',
    summary: 'Kemajuan donasi: {{campaign}}',
    icon: 'volunteer_activism',
    props: {
      campaign: { label: 'Kampanye', hint: 'Pilih kampanye dari content/donasi/.' },
    },
  },
  YouTube: {
    label: 'Video YouTube (YouTube)',
    summary: 'Video: {{title | truncate(80)}}',
    icon: 'smart_display',
    props: {
      id: { label: 'Kode video', hint: '11 karakter setelah "v=" di alamat YouTube, misalnya AbCdEfGhIjK dari youtube.com/watch?v=AbCdEfGhIjK.' },
      title: { label: 'Judul video', hint: 'Wajib; dibacakan pembaca layar dan tampil di poster.' },
      start: { label: 'Mulai pada detik ke-', hint: 'Tidak wajib. Angka bulat, misalnya 90.' },
    },
  },
};

/** A campaign the DonationProgress block and the article form offer. */
export interface CampaignChoice {
  slug: string;
  title: string;
}

export interface ComponentForm {
  /** What the browser needs to find and write the block (see componentBlocks). */
  shape: BlockShape;
  definition: Omit<EditorComponentDefinition, 'pattern' | 'fromBlock' | 'toBlock' | 'toPreview'>;
}

/** Anything with a character other than a space. */
export const NOT_BLANK = '\\S';

/** Text between a component's tags: not only spaces, and no tag (`<X`, `</X`). */
export const NO_TAGS = /^(?=[\s\S]*\S)(?![\s\S]*<\/?[A-Za-z])[\s\S]*$/;

// Only the shape is read here; where a file lives is checked by `npm run cek` and the build.
const SHAPE_ONLY = componentSchemas({ image: z.string(), campaign: z.string() });

/** One form per component, in the order the Insert menu lists them. */
export function componentForms(campaigns: readonly CampaignChoice[]): ComponentForm[] {
  return COMPONENT_NAMES.map((name) => {
    const { schema, children } = SHAPE_ONLY[name];
    const text = COMPONENT_TEXT[name];
    const shape = schema.shape as Record<string, z.ZodType>;
    const props = Object.keys(shape).map((prop) => ({
      name: prop,
      kind: propKind(shape[prop]!) as PropKind,
      required: fieldRules(shape[prop]!).some((r) => r.kind === 'required'),
    }));
    const fields: Field[] = Object.entries(shape).map(([prop, propSchema]) =>
      propField(name, prop, propSchema, text.props[prop] ?? { label: prop }, campaigns),
    );
    const childrenField = children === 'wajib' ? 'isi' : undefined;
    if (childrenField && text.children)
      fields.push({
        name: childrenField,
        label: text.children.label,
        widget: 'text',
        required: true,
        // A tag inside would close or nest the block, which MDX (and the editor) cannot read back.
        pattern: [NO_TAGS.source, `${text.children.label} wajib diisi dan tidak boleh memuat tag seperti <${name}> atau </${name}>; komponen di dalam komponen tidak didukung.`],
        ...(text.children.hint ? { hint: text.children.hint } : {}),
      });
    return {
      shape: { name, props, ...(childrenField ? { childrenField } : {}) },
      definition: { id: name, label: text.label, icon: text.icon, mode: 'dialog', summary: text.summary, fields },
    };
  });
}

function propKind(schema: z.ZodType): PropKind {
  const inner = schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodNumber ? 'number' : 'text';
}

function propField(component: ComponentName, prop: string, schema: z.ZodType, text: PropText, campaigns: readonly CampaignChoice[]): Field {
  const fallback = defaultOf(schema);
  const rules = fieldRules(schema);
  const base = {
    name: prop,
    label: text.label,
    // A prop with a default always has a value, so the form offers no empty choice for it.
    required: rules.some((r) => r.kind === 'required') || typeof fallback === 'string',
    ...(text.hint ? { hint: text.hint } : {}),
    ...(typeof fallback === 'string' ? { default: fallback } : {}),
  };
  if (component === 'Figure' && prop === 'src') return { ...base, widget: 'image', choose_url: false };
  if (component === 'DonationProgress' && prop === 'campaign')
    return { ...base, widget: 'select', options: campaigns.map((c) => ({ label: `${c.title} (${c.slug})`, value: c.slug })) };
  const choices = rules.find((r) => r.kind === 'choices');
  if (choices) return { ...base, widget: 'select', options: [...choices.values] };
  if (propKind(schema) === 'number') return { ...base, widget: 'number', ...numberRules(rules) } as Field;
  return { ...base, widget: 'string', ...textRules(rules, text) } as Field;
}

/** Whole numbers and bounds; Sveltia's own (now Indonesian) messages say what is wrong. */
function numberRules(rules: readonly FieldRule[]) {
  const min = ruleOf(rules, 'min');
  const max = ruleOf(rules, 'max');
  return {
    value_type: ruleOf(rules, 'integer') ? 'int' : 'float',
    ...(min ? { min: min.value } : {}),
    ...(max ? { max: max.value } : {}),
  };
}

/** A pattern (with the schema's own message), "not only spaces", and length limits. */
function textRules(rules: readonly FieldRule[], text: PropText) {
  const pattern = ruleOf(rules, 'pattern');
  const notBlank = ruleOf(rules, 'notBlank');
  const minLength = ruleOf(rules, 'minLength');
  const maxLength = ruleOf(rules, 'maxLength');
  return {
    ...(pattern
      ? { pattern: [pattern.source, pattern.message ?? `${text.label} tidak sesuai format. ${text.hint ?? ''}`.trim()] }
      : notBlank
        ? { pattern: [NOT_BLANK, notBlank.message ?? `${text.label} tidak boleh hanya berisi spasi.`] }
        : {}),
    ...(minLength ? { minlength: minLength.value } : {}),
    ...(maxLength ? { maxlength: maxLength.value } : {}),
  };
}
