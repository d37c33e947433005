/**
 * The configuration of the browser editor (Sveltia CMS), built from the project's own definitions:
 * the article, author and page schemas, the pillars and topics, the authors collection, the
 * campaigns and the components' prop schemas. Nothing here is kept by hand beside them except
 * Indonesian labels and hints; test/unit/editorConfig.test.ts fails when a field, a pillar, a
 * topic or a component has no counterpart. Pure: the caller passes what it read from disk.
 */
import { z } from 'astro/zod';
import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import { articleSchema } from '../../schemas/article.ts';
import { authorSchema } from '../../schemas/author.ts';
import { pageSchema } from '../../schemas/page.ts';
import { ARTICLE_KINDS, KIND_LABELS, type ArticleKind } from '../../vocab/kinds.ts';
import { PILLARS, TOPICS } from '../../vocab/taxonomy.ts';
import { componentForms, type CampaignChoice, type ComponentForm } from './componentForms.ts';
import { fieldRules, optionalIn, ruleOf } from './schemaFacts.ts';

/** Where the editor reads and writes: the writer's own folder, or a git host (hosted mode). */
export type EditorBackend =
  | { mode: 'lokal' }
  | {
      mode: 'hosted';
      name: 'gitlab' | 'gitea' | 'github';
      repo: string;
      branch?: string;
      /** Address of the git host, e.g. https://gitlab.example.go.id (GitLab, Gitea/Forgejo). */
      baseUrl?: string;
      /** OAuth application id for PKCE sign-in (GitLab, Gitea/Forgejo). */
      appId?: string;
      /** GitHub only: the address of the OAuth proxy that signs writers in. */
      authProxy?: string;
    };

/** Folder names inside content/ (src/check/contentDir.ts, passed in: this module stays browser-safe). */
export interface ContentFolders {
  articles: string;
  authors: string;
  pages: string;
  images: string;
}

export interface EditorInput {
  backend: EditorBackend;
  folders: ContentFolders;
  campaigns: readonly CampaignChoice[];
  /** Standalone pages in content/halaman/ (file name without extension, and its title). */
  pages: readonly { slug: string; title: string }[];
  /** Where drafts can be seen: the development server in local mode. */
  siteUrl?: string;
}

export interface EditorSetup {
  config: CmsConfig;
  components: ComponentForm[];
}

/** The editor writes inside the repository's content folder (ASN_CONTENT_DIR is for tests and builds only). */
const CONTENT = 'content';

// Only field names and rules are read here; images and authors are checked by `npm run cek`.
const ARTICLE = articleSchema(z.string(), z.string());
const ARTICLE_SHAPE = ARTICLE.shape as Record<string, z.ZodType>;
const AUTHOR_SHAPE = authorSchema(z.string()).shape as Record<string, z.ZodType>;
const PAGE_SHAPE = pageSchema.shape as Record<string, z.ZodType>;

/** `required` as the schema says, so the form marks exactly what `npm run cek` demands. */
const req = (shape: Record<string, z.ZodType>, name: string) => ({ name, required: !optionalIn(shape[name]!) });

/** The schema's length limit as the form's: `maxlength` for text, `max` for a list (a pasting accident stops in the form). */
function limit(shape: Record<string, z.ZodType>, name: string, key: 'maxlength' | 'max'): Record<string, number> {
  const rule = ruleOf(fieldRules(shape[name]!), 'maxLength');
  return rule ? { [key]: rule.value } : {};
}

const NOT_BLANK: [string, string] = ['\\S', 'Isian ini tidak boleh hanya berisi spasi.'];
const DAY_FORMAT = 'YYYY-MM-DD';

function dateField(shape: Record<string, z.ZodType>, name: string, label: string, hint: string, today: boolean): Field {
  return {
    ...req(shape, name),
    label,
    widget: 'datetime',
    type: 'date',
    format: DAY_FORMAT,
    hint,
    ...(today ? { default: '{{now}}' } : {}),
  } as Field;
}

function articleFields(kind: ArticleKind, campaigns: readonly CampaignChoice[]): Field[] {
  const s = ARTICLE_SHAPE;
  const fields: Field[] = [
    { ...req(s, 'title'), label: 'Judul', widget: 'string', pattern: NOT_BLANK, ...limit(s, 'title', 'maxlength'), hint: 'Sebaiknya tidak lebih dari 100 karakter. Judul menjadi nama berkas dan alamat halaman.' },
    { ...req(s, 'description'), label: 'Ringkasan', widget: 'text', pattern: NOT_BLANK, ...limit(s, 'description', 'maxlength'), hint: 'Satu atau dua kalimat, sebaiknya tidak lebih dari 160 karakter; tampil di bawah judul dan di hasil pencarian.' },
    dateField(s, 'pubDate', 'Tanggal terbit', 'Format TTTT-BB-HH. Terisi hari ini untuk tulisan baru.', true),
    dateField(s, 'updatedDate', 'Tanggal pembaruan', 'Tidak wajib. Isi bila ada perubahan penting; tidak boleh lebih awal daripada tanggal terbit.', false),
    // The folder decides the kind; the writer never sees it.
    { name: 'kind', label: 'Jenis', widget: 'hidden', default: kind },
    {
      ...req(s, 'author'),
      label: 'Penulis',
      widget: 'relation',
      collection: 'penulis',
      value_field: '{{slug}}',
      search_fields: ['name'],
      display_fields: ['name'],
      hint: 'Penulis baru ditambahkan lewat koleksi Penulis.',
    } as Field,
    { ...req(s, 'location'), label: 'Lokasi', widget: 'string', hint: kind === 'berita' ? 'Tempat kejadian, misalnya Semarang.' : 'Tidak wajib.' },
    {
      ...req(s, 'pillars'),
      label: 'Pilar PRIMA',
      widget: 'select',
      multiple: true,
      options: PILLARS.map((p) => ({ label: p.name, value: p.slug })),
      hint: 'Pilar yang dibahas tulisan ini (boleh lebih dari satu).',
    } as Field,
    {
      ...req(s, 'topics'),
      label: 'Topik',
      widget: 'select',
      multiple: true,
      min: 1,
      options: TOPICS.map((t) => ({ label: t.name, value: t.slug })),
      hint: 'Pilih setidaknya satu topik.',
    } as Field,
    {
      ...req(s, 'tags'),
      label: 'Tag',
      widget: 'list',
      ...limit(s, 'tags', 'max'),
      hint: 'Kata kunci bebas, dipisah koma, misalnya: festival asn 2025, semarang. Setiap tag mendapat halaman di /tag/.',
    } as Field,
    {
      ...req(s, 'hero'),
      label: 'Gambar utama',
      widget: 'object',
      hint: 'Disarankan. Gambar disimpan di content/gambar/; teks alternatif dan kredit wajib diisi.',
      fields: [
        { name: 'src', required: true, label: 'Berkas gambar', widget: 'image', choose_url: false, hint: 'jpg, png, webp, atau avif, lebar sekitar 1200 piksel.' },
        { name: 'alt', required: true, label: 'Teks alternatif', widget: 'text', pattern: NOT_BLANK, hint: 'Jelaskan apa yang tampak di gambar, untuk pembaca yang tidak dapat melihatnya.' },
        { name: 'credit', required: true, label: 'Kredit', widget: 'string', pattern: NOT_BLANK, hint: 'Misalnya "Foto: Humas Pemkot Semarang" atau "Ilustrasi: Redaksi ASN Prima".' },
      ],
    } as Field,
    {
      ...req(s, 'source'),
      label: 'Sumber',
      widget: 'object',
      hint: 'Media yang diringkas atau dilaporkan tulisan ini.',
      fields: [
        { name: 'name', required: true, label: 'Nama media', widget: 'string', pattern: NOT_BLANK },
        { name: 'url', required: false, label: 'Alamat (URL)', widget: 'string', pattern: ['^https?://[^\\s]+$', 'Alamat sumber harus URL lengkap, diawali https://.'], hint: 'Diawali https://. Bila alamat artikelnya tidak diketahui, tulis alamat medianya.' },
        { name: 'author', required: false, label: 'Penulis asli', widget: 'string', hint: 'Tidak wajib; isi bila sumber menyebut nama penulisnya.' },
      ],
    } as Field,
    campaigns.length > 0
      ? ({
          ...req(s, 'campaign'),
          label: 'Kampanye donasi',
          widget: 'select',
          options: campaigns.map((c) => ({ label: c.title, value: c.slug })),
          hint: 'Tidak wajib. Kampanye di content/donasi/ yang dibahas tulisan ini.',
        } as Field)
      : { ...req(s, 'campaign'), label: 'Kampanye donasi', widget: 'string', hint: 'Belum ada kampanye di content/donasi/.' },
    { ...req(s, 'draft'), label: 'Draf (belum terbit)', widget: 'boolean', default: true, hint: 'Draf tampil di pratinjau (npm run dev) tetapi tidak diterbitkan. Matikan bila tulisan siap terbit.' },
    { name: 'body', label: 'Isi tulisan', widget: 'richtext', hint: 'Komponen (catatan, kutipan, gambar, video, ajakan asesmen, kemajuan donasi) ada di menu Insert pada bilah alat.' } as Field,
  ];
  return fields;
}

function articleCollection(kind: ArticleKind, folders: ContentFolders, campaigns: readonly CampaignChoice[]): Collection {
  return {
    name: kind,
    label: KIND_LABELS[kind],
    label_singular: KIND_LABELS[kind].toLowerCase(),
    description: `Satu berkas .mdx per ${kind} di ${CONTENT}/${folders.articles}/${kind}/. Tulisan baru dimulai sebagai draf.`,
    folder: `${CONTENT}/${folders.articles}/${kind}`,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    create: true,
    // The file name is the address; like `npm run baru`, it starts with the day it was made.
    slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['pubDate', 'title'],
    preview_path: `/${kind}/{{slug}}/`,
    media_folder: `/${CONTENT}/${folders.images}`,
    public_folder: `../../${folders.images}`,
    fields: articleFields(kind, campaigns),
  } as Collection;
}

function authorCollection(folders: ContentFolders): Collection {
  const s = AUTHOR_SHAPE;
  return {
    name: 'penulis',
    label: 'Penulis',
    label_singular: 'penulis',
    description: `Satu berkas .yaml per penulis di ${CONTENT}/${folders.authors}/; nama berkasnya dipakai di kolom Penulis artikel.`,
    folder: `${CONTENT}/${folders.authors}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    // Articles name their author by file name: deleting one would break them.
    delete: false,
    slug: '{{slug}}',
    identifier_field: 'name',
    summary: '{{name}} ({{role}})',
    media_folder: `/${CONTENT}/${folders.images}`,
    public_folder: `../${folders.images}`,
    fields: [
      { ...req(s, 'name'), label: 'Nama lengkap', widget: 'string', pattern: NOT_BLANK, hint: 'Seperti tampil di bawah judul tulisan.' },
      { ...req(s, 'role'), label: 'Peran atau jabatan', widget: 'string', pattern: NOT_BLANK, hint: 'Misalnya "Tim Redaksi" atau "ASN Pemprov Jawa Barat".' },
      { ...req(s, 'bio'), label: 'Bio singkat', widget: 'text', pattern: NOT_BLANK, hint: 'Satu atau dua kalimat tentang penulis.' },
      { ...req(s, 'avatar'), label: 'Foto', widget: 'image', choose_url: false, hint: 'Tidak wajib.' },
    ],
  } as Collection;
}

function pageCollection(folders: ContentFolders, pages: EditorInput['pages']): Collection {
  const s = PAGE_SHAPE;
  const fields: Field[] = [
    { ...req(s, 'title'), label: 'Judul', widget: 'string', pattern: NOT_BLANK },
    { ...req(s, 'description'), label: 'Ringkasan', widget: 'text', pattern: NOT_BLANK, hint: 'Satu atau dua kalimat; dipakai mesin pencari.' },
    dateField(s, 'updatedDate', 'Tanggal pembaruan', 'Format TTTT-BB-HH. Ubah setiap kali isi halaman diperbarui.', false),
    { name: 'body', label: 'Isi halaman', widget: 'richtext' } as Field,
  ];
  return {
    name: 'halaman',
    label: 'Halaman tetap',
    label_singular: 'halaman',
    description: `Halaman di ${CONTENT}/${folders.pages}/, terbit di /<nama berkas>/.`,
    format: 'yaml-frontmatter',
    media_folder: `/${CONTENT}/${folders.images}`,
    public_folder: `../${folders.images}`,
    files: pages.map((p) => ({
      name: p.slug,
      label: p.title,
      file: `${CONTENT}/${folders.pages}/${p.slug}.mdx`,
      preview_path: `/${p.slug}/`,
      fields,
    })),
  } as Collection;
}

/** A placeholder host that is never contacted in local mode (nothing listens there). */
export const LOCAL_ONLY_HOST = 'http://localhost:9';

function backendConfig(backend: EditorBackend): CmsConfig['backend'] {
  // Local mode never talks to a host, but the editor requires a backend: gitea is the one that
  // makes no request (github and gitlab poll their status pages, which the CSP would block).
  if (backend.mode === 'lokal') return { name: 'gitea', repo: 'redaksi/asn-prima', base_url: LOCAL_ONLY_HOST } as CmsConfig['backend'];
  const common = { name: backend.name, repo: backend.repo, branch: backend.branch ?? 'main' };
  if (backend.name === 'github') return { ...common, ...(backend.authProxy ? { base_url: backend.authProxy } : {}) } as CmsConfig['backend'];
  return {
    ...common,
    ...(backend.baseUrl ? { base_url: backend.baseUrl, api_root: backend.name === 'gitlab' ? `${backend.baseUrl}/api/v4` : `${backend.baseUrl}/api/v1` } : {}),
    ...(backend.appId ? { app_id: backend.appId, ...(backend.name === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
  } as CmsConfig['backend'];
}

/** The whole editor setup: the CMS configuration and the component blocks. */
export function editorSetup(input: EditorInput): EditorSetup {
  const config: CmsConfig = {
    load_config_file: false,
    app_title: 'Ruang Redaksi ASN Prima',
    backend: backendConfig(input.backend),
    // Every change becomes a merge/pull request that CI must pass (Sveltia offers this for GitLab and GitHub).
    ...(input.backend.mode === 'hosted' && input.backend.name !== 'gitea' ? { publish_mode: 'editorial_workflow' } : {}),
    media_folder: `${CONTENT}/${input.folders.images}`,
    // Stock photo services are other origins (and photos nobody vetted): only our own images.
    media_libraries: { stock_assets: false },
    ...(input.siteUrl ? { site_url: input.siteUrl } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', maxlength: 71, timezone: 'local' },
    output: { omit_empty_optional_fields: true },
    collections: [
      ...ARTICLE_KINDS.map((k) => articleCollection(k, input.folders, input.campaigns)),
      authorCollection(input.folders),
      pageCollection(input.folders, input.pages),
    ],
  } as CmsConfig;
  return { config, components: componentForms(input.campaigns) };
}
