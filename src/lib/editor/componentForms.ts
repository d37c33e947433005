/**
 * The six editors' components as forms in the browser editor. Which props exist, which are
 * required, their choices and patterns come from the components' own schemas (src/schemas/mdx/);
 * this file adds only what a schema cannot say: Indonesian labels and hints.
 */
import { z } from 'astro/zod';
import type { EditorComponentDefinition } from '@sveltia/cms';
import { COMPONENT_NAMES, componentSchemas, type ComponentName } from '../../schemas/mdx';
import type { BlockShape, PropKind } from './componentBlocks';
import { defaultOf, optionalIn, patternOf, valuesOf } from './schemaFacts';

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
}

/** Labels and hints, one entry per prop of each component's schema (the unit test holds them equal). */
export const COMPONENT_TEXT: Record<ComponentName, ComponentText> = {
  Callout: {
    label: 'Catatan / peringatan (Callout)',
    icon: 'info',
    props: {
      type: { label: 'Jenis', hint: 'Catatan untuk keterangan tambahan; peringatan untuk hal yang harus diwaspadai pembaca.' },
      title: { label: 'Judul kotak', hint: 'Tidak wajib. Bila kosong tertulis "Catatan" atau "Peringatan".' },
    },
    children: { label: 'Isi kotak', hint: 'Wajib. Boleh memakai Markdown, misalnya **tebal** atau _miring_.' },
  },
  PullQuote: {
    label: 'Kutipan menonjol (PullQuote)',
    icon: 'format_quote',
    props: {
      by: { label: 'Sumber kutipan', hint: 'Wajib: siapa yang mengatakan atau menulisnya. Kutip hanya kata-kata yang benar-benar ada di sumber.' },
      role: { label: 'Keterangan sumber', hint: 'Tidak wajib, misalnya "Wali Kota Semarang".' },
    },
    children: { label: 'Kutipan', hint: 'Wajib: kalimat yang benar-benar diucapkan atau ditulis narasumber.' },
  },
  Figure: {
    label: 'Gambar dengan keterangan (Figure)',
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
    icon: 'quiz',
    props: {
      title: { label: 'Judul ajakan', hint: 'Tidak wajib. Bawaan: "Seberapa PRIMA cara kerja Anda?".' },
      label: { label: 'Teks tautan', hint: 'Tidak wajib. Bawaan: "Mulai asesmen mandiri".' },
    },
  },
  DonationProgress: {
    label: 'Kemajuan donasi (DonationProgress)',
    icon: 'volunteer_activism',
    props: {
      campaign: { label: 'Kampanye', hint: 'Pilih kampanye dari content/donasi/.' },
    },
  },
  YouTube: {
    label: 'Video YouTube (YouTube)',
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

/** Text between a component's tags: anything but a tag (`<X`, `</X`). */
export const NO_TAGS = /^(?![\s\S]*<\/?[A-Za-z])[\s\S]*$/;

// Only the shape is read here; where a file lives is checked by `npm run cek` and the build.
const SHAPE_ONLY = componentSchemas({ image: z.string(), campaign: z.string() });

/** One form per component, in the order the Insert menu lists them. */
export function componentForms(campaigns: readonly CampaignChoice[]): ComponentForm[] {
  return COMPONENT_NAMES.map((name) => {
    const { schema, children } = SHAPE_ONLY[name];
    const text = COMPONENT_TEXT[name];
    const shape = schema.shape as Record<string, z.ZodType>;
    const props = Object.keys(shape).map((prop) => ({ name: prop, kind: (propKind(shape[prop]!) as PropKind) }));
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
        pattern: [NO_TAGS.source, `${text.children.label} tidak boleh memuat tag seperti <${name}> atau </${name}>; komponen di dalam komponen tidak didukung.`],
        ...(text.children.hint ? { hint: text.children.hint } : {}),
      });
    return {
      shape: { name, props, ...(childrenField ? { childrenField } : {}) },
      definition: { id: name, label: text.label, icon: text.icon, fields },
    };
  });
}

function propKind(schema: z.ZodType): PropKind {
  const inner = schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodNumber ? 'number' : 'text';
}

function propField(component: ComponentName, prop: string, schema: z.ZodType, text: PropText, campaigns: readonly CampaignChoice[]): Field {
  const fallback = defaultOf(schema);
  const base = {
    name: prop,
    label: text.label,
    // A prop with a default always has a value, so the form offers no empty choice for it.
    required: !optionalIn(schema) || typeof fallback === 'string',
    ...(text.hint ? { hint: text.hint } : {}),
    ...(typeof fallback === 'string' ? { default: fallback } : {}),
  };
  if (component === 'Figure' && prop === 'src') return { ...base, widget: 'image', choose_url: false };
  if (component === 'DonationProgress' && prop === 'campaign')
    return { ...base, widget: 'select', options: campaigns.map((c) => ({ label: `${c.title} (${c.slug})`, value: c.slug })) };
  const options = valuesOf(schema);
  if (options) return { ...base, widget: 'select', options: [...options] };
  if (propKind(schema) === 'number') return { ...base, widget: 'number', value_type: 'int', min: 0 };
  const pattern = patternOf(schema);
  return {
    ...base,
    widget: 'string',
    ...(pattern ? { pattern: [pattern.source, `${text.label} tidak sesuai format. ${text.hint ?? ''}`.trim()] as [string, string] } : {}),
  };
}
