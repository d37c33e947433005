import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Collection, Field } from '@sveltia/cms';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readEditorInput } from '~/integrations/redaksi';
import { adminCsp, adminHtml, gitHostOrigins, inertJson } from '~/lib/editor/adminPage';
import { COMPONENT_TEXT } from '~/lib/editor/componentForms';
import { editorSetup, type EditorInput } from '~/lib/editor/editorConfig';
import { editorMdxFile, editorYamlFile } from '~/lib/editor/frontmatter';
import { headerCsp } from '../../deploy/policy.mjs';
import { HostedConfigError, hostedBackendFromEnv } from '~/lib/editor/hostedBackend';
import { PILLAR_SLUGS, TOPIC_SLUGS } from '~/vocab/taxonomy';
import { articleSchema } from '~/schemas/article';
import { authorSchema } from '~/schemas/author';
import { COMPONENT_NAMES, componentSchemas } from '~/schemas/mdx';
import { pageSchema } from '~/schemas/page';
import { CONTENT_LIMITS } from '~/schemas/limits';
import { fieldRules } from '~/lib/editor/schemaFacts';

const INPUT: EditorInput = readEditorInput('content', { mode: 'lokal' });
const { config, components } = editorSetup(INPUT);
const collection = (name: string) => config.collections!.find((c) => 'name' in c && c.name === name) as Collection & { fields?: Field[]; files?: { fields: Field[] }[] };
const fieldsOf = (name: string) => collection(name).fields ?? collection(name).files![0]!.fields;
const field = (fields: Field[], name: string) => fields.find((f) => f.name === name) as Field & Record<string, unknown>;
const keys = (schema: z.ZodObject) => Object.keys(schema.shape);

describe('editor configuration', () => {
  it.each(['berita', 'opini'])('the %s form has one field per article schema field, plus the body', (kind) => {
    // The order is the one files have always had (location beside author); the set is the schema's.
    const names = fieldsOf(kind).map((f) => f.name);
    expect(names.toSorted()).toEqual([...keys(articleSchema(z.string(), z.string())), 'body'].toSorted());
    expect(field(fieldsOf(kind), 'kind')).toMatchObject({ widget: 'hidden', default: kind });
    expect(collection(kind)).toMatchObject({ folder: `content/artikel/${kind}`, extension: 'mdx', format: 'yaml-frontmatter' });
  });

  it('marks as required exactly what the schema requires', () => {
    const required = fieldsOf('berita').filter((f) => (f as { required?: boolean }).required !== false && f.widget !== 'hidden' && f.name !== 'body').map((f) => f.name);
    expect(required).toEqual(['title', 'description', 'pubDate', 'author', 'topics']);
    expect(field(fieldsOf('berita'), 'hero')['fields']).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'alt', required: true }), expect.objectContaining({ name: 'credit', required: true })]),
    );
  });

  it('offers every pillar and topic, and nothing else', () => {
    const values = (name: string) => (field(fieldsOf('opini'), name)['options'] as { value: string }[]).map((o) => o.value);
    expect(values('pillars')).toEqual([...PILLAR_SLUGS]);
    expect(values('topics')).toEqual([...TOPIC_SLUGS]);
  });

  it('starts new pieces as drafts dated today, with the author from the authors collection', () => {
    const fields = fieldsOf('berita');
    expect(field(fields, 'draft')).toMatchObject({ widget: 'boolean', default: true });
    expect(field(fields, 'pubDate')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', default: '{{now}}' });
    expect(field(fields, 'author')).toMatchObject({ widget: 'relation', collection: 'penulis', value_field: '{{slug}}' });
    expect(collection('berita')).toMatchObject({ slug: '{{year}}-{{month}}-{{day}}-{{slug}}', media_folder: '/content/gambar', public_folder: '../../gambar' });
  });

  it('offers the existing campaigns, and keeps campaign files out of the editor', () => {
    const slugs = readdirSync('content/donasi').filter((f) => f.endsWith('.yaml')).map((f) => f.replace('.yaml', ''));
    expect((field(fieldsOf('berita'), 'campaign')['options'] as { value: string }[]).map((o) => o.value)).toEqual(slugs);
    const places = config.collections!.flatMap((c) => ['folder' in c ? c.folder : '', ...('files' in c ? c.files!.map((f) => f.file) : [])]);
    expect(places.filter((p) => p?.includes('donasi'))).toEqual([]);
  });

  it('has the author and page forms of their schemas, and every standalone page', () => {
    expect(fieldsOf('penulis').map((f) => f.name)).toEqual(keys(authorSchema(z.string())));
    expect(fieldsOf('halaman').map((f) => f.name)).toEqual([...keys(pageSchema), 'body']);
    const pages = readdirSync('content/halaman').map((f) => f.replace('.mdx', '')).sort();
    expect(collection('halaman').files!.map((f) => (f as unknown as { name: string }).name)).toEqual(pages);
  });

  it('leaves out empty optional fields, which the content check would refuse', () => {
    expect(config.output).toMatchObject({ omit_empty_optional_fields: true });
  });

  it('has a block with a form field per prop for every component', () => {
    const schemas = componentSchemas({ image: z.string(), campaign: z.string() });
    expect(components.map((c) => c.shape.name)).toEqual([...COMPONENT_NAMES]);
    for (const { shape, definition } of components) {
      const props = keys(schemas[shape.name as keyof typeof schemas].schema);
      expect(shape.props.map((p) => p.name), shape.name).toEqual(props);
      expect(Object.keys(COMPONENT_TEXT[shape.name as keyof typeof COMPONENT_TEXT].props), shape.name).toEqual(props);
      expect(definition.fields.map((f) => f.name), shape.name).toEqual([...props, ...(shape.childrenField ? [shape.childrenField] : [])]);
    }
    const campaign = components.find((c) => c.shape.name === 'DonationProgress')!.definition.fields[0] as Field & { options: { value: string }[] };
    expect(campaign.options.map((o) => o.value)).toEqual(['asn-charity-2025']);
    const youTubeId = components.find((c) => c.shape.name === 'YouTube')!.definition.fields[0] as Field & { pattern: [string, string] };
    expect(new RegExp(youTubeId.pattern[0]).test('AbCdEfGhIjK')).toBe(true);
    expect(new RegExp(youTubeId.pattern[0]).test('https://youtu.be/x')).toBe(false);
  });
});

describe('component block forms enforce their schemas\' rules', () => {
  const schemas = componentSchemas({ image: z.string(), campaign: z.string() });
  const props = components.flatMap(({ shape, definition }) =>
    Object.entries(schemas[shape.name as keyof typeof schemas].schema.shape as Record<string, z.ZodType>).map(
      ([prop, schema]) => [`${shape.name}.${prop}`, schema, definition.fields.find((f) => f.name === prop) as Field & Record<string, unknown>] as const,
    ),
  );

  it('opens every block as a dialog: Sveltia checks a block\'s fields only there', () => {
    for (const { definition } of components) expect(definition, definition.id).toMatchObject({ mode: 'dialog', summary: expect.any(String) });
  });

  it.each(props)('%s: every rule of the schema has its counterpart in the form', (_, schema, field) => {
    const pattern = field['pattern'] as [string, string] | undefined;
    const rules = fieldRules(schema);
    expect(rules.filter((r) => r.kind === 'unknown'), 'a schema rule the form cannot express yet').toEqual([]);
    for (const rule of rules) {
      if (rule.kind === 'required') expect(field['required']).toBe(true);
      else if (rule.kind === 'choices') expect((field['options'] as (string | { value: string })[]).map((o) => (typeof o === 'string' ? o : o.value))).toEqual([...rule.values]);
      else if (rule.kind === 'pattern') expect(pattern).toEqual([rule.source, rule.message]);
      else if (rule.kind === 'notBlank') {
        expect(new RegExp(pattern![0]).test('   ')).toBe(false);
        expect(pattern![1]).toBe(rule.message);
      } else if (rule.kind === 'integer') expect(field['value_type']).toBe('int');
      else if (rule.kind === 'min') expect(field['min']).toBe(rule.value);
      else if (rule.kind === 'max') expect(field['max']).toBe(rule.value);
      else if (rule.kind === 'minLength') expect(field['minlength']).toBe(rule.value);
      else if (rule.kind === 'maxLength') expect(field['maxlength']).toBe(rule.value);
    }
    // Optional props are not marked required (a prop with a default always has a value).
    if (!rules.some((r) => r.kind === 'required')) expect(field['required'] === false || field['default'] !== undefined).toBe(true);
  });

  it('requires the text between the tags, refusing blank text and tags in it', () => {
    for (const { shape, definition } of components.filter((c) => c.shape.childrenField)) {
      const text = definition.fields.find((f) => f.name === shape.childrenField) as Field & { required: boolean; pattern: [string, string] };
      expect(text.required).toBe(true);
      const ok = new RegExp(text.pattern[0]);
      expect(ok.test('Posko buka\nsetiap hari.')).toBe(true);
      expect(ok.test('  \n ')).toBe(false);
      expect(ok.test(`Teks <${shape.name}>lagi</${shape.name}>`)).toBe(false);
    }
  });

  it('would notice a rule it cannot express', () => {
    expect(fieldRules(z.string().startsWith('a'))).toContainEqual(expect.objectContaining({ kind: 'unknown' }));
    expect(fieldRules(z.string().trim().min(1, 'kosong').max(5, 'panjang'))).toEqual([
      { kind: 'required' },
      { kind: 'notBlank', message: 'kosong' },
      { kind: 'maxLength', value: 5, message: 'panjang' },
    ]);
  });
});

describe('article form limits', () => {
  it('stops a pasting accident at the schema\'s lengths', () => {
    const fields = fieldsOf('berita');
    expect(field(fields, 'title')['maxlength']).toBe(CONTENT_LIMITS.titleMax);
    expect(field(fields, 'description')['maxlength']).toBe(CONTENT_LIMITS.descriptionMax);
    expect(field(fields, 'tags')['max']).toBe(CONTENT_LIMITS.tagsMax);
  });
});

describe('content in the editor format', () => {
  const files = [
    ...['berita', 'opini'].flatMap((k) => readdirSync(`content/artikel/${k}`).map((f) => `content/artikel/${k}/${f}`)),
    ...readdirSync('content/halaman').map((f) => `content/halaman/${f}`),
  ];
  it.each(files)('%s is written back byte for byte', (file) => {
    const source = readFileSync(file, 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
    expect(editorMdxFile(parse(yaml!), body!)).toBe(source);
  });
  it.each(readdirSync('content/penulis'))('content/penulis/%s is written back byte for byte', (file) => {
    const source = readFileSync(join('content/penulis', file), 'utf8');
    expect(editorYamlFile(parse(source))).toBe(source);
  });
});

describe('admin page', () => {
  it('keeps its setup inert: no text in it can close the script element', () => {
    const json = inertJson({ title: '</script><script>alert(1)</script>' });
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script>' });
    const html = adminHtml(editorSetup({ ...INPUT, campaigns: [{ slug: 'x', title: '</script><img src=x>' }] }), adminCsp(config));
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('in local mode allows no other origin; hosted, only the git host', () => {
    expect(gitHostOrigins(config)).toEqual([]);
    expect(adminCsp(config)).not.toMatch(/https?:/);
    const backend = hostedBackendFromEnv({ REDAKSI_BACKEND: 'gitlab', REDAKSI_REPO: 'humas/asn-prima', REDAKSI_BASE_URL: 'https://git.example.go.id', REDAKSI_APP_ID: 'abc' })!;
    const hosted = editorSetup({ ...INPUT, backend }).config;
    expect(hosted.backend).toMatchObject({ name: 'gitlab', repo: 'humas/asn-prima', auth_type: 'pkce', app_id: 'abc', api_root: 'https://git.example.go.id/api/v4' });
    expect(hosted.publish_mode).toBe('editorial_workflow');
    expect(gitHostOrigins(hosted)).toEqual(['https://git.example.go.id']);
    expect(adminCsp(hosted)).toMatch(/connect-src 'self' data: blob: https:\/\/git\.example\.go\.id;/);
    expect(adminCsp(hosted)).not.toMatch(/'unsafe-eval'/);
  });

  it('keeps its inline styles under the site-wide header policy, which is the union of every page\'s', () => {
    const publicPage = "default-src 'self'; style-src 'self' 'sha256-abc='; script-src 'self' 'sha256-def='";
    expect(headerCsp([publicPage])).toContain("style-src 'self' 'sha256-abc='");
    const union = headerCsp([publicPage, adminCsp(config)]);
    // A hash beside 'unsafe-inline' would make browsers ignore 'unsafe-inline' and block the editor.
    expect(union).toMatch(/style-src 'self' 'unsafe-inline' blob:;/);
    expect(union).toContain("script-src 'self' 'sha256-def=' 'wasm-unsafe-eval'");
  });
});

describe('hostedBackendFromEnv', () => {
  it('is off without REDAKSI_BACKEND', () => expect(hostedBackendFromEnv({})).toBeUndefined());
  it.each<[Record<string, string>, RegExp]>([
    [{ REDAKSI_BACKEND: 'svn' }, /REDAKSI_BACKEND harus salah satu/],
    [{ REDAKSI_BACKEND: 'gitlab', REDAKSI_REPO: '' }, /REDAKSI_REPO wajib/],
    [{ REDAKSI_BACKEND: 'gitlab', REDAKSI_REPO: 'a/b' }, /REDAKSI_APP_ID wajib/],
    [{ REDAKSI_BACKEND: 'gitea', REDAKSI_REPO: 'a/b', REDAKSI_APP_ID: 'x' }, /REDAKSI_BASE_URL wajib/],
    [{ REDAKSI_BACKEND: 'gitlab', REDAKSI_REPO: 'a/b', REDAKSI_APP_ID: 'x', REDAKSI_BASE_URL: 'http://git.example.go.id' }, /diawali https/],
    [{ REDAKSI_BACKEND: 'gitlab', REDAKSI_REPO: 'a/b', REDAKSI_APP_ID: 'x', REDAKSI_BASE_URL: 'javascript:alert(1)' }, /https/],
    [{ REDAKSI_BACKEND: 'github', REDAKSI_REPO: 'a/b' }, /REDAKSI_AUTH_PROXY wajib/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => hostedBackendFromEnv(env)).toThrow(HostedConfigError);
    expect(() => hostedBackendFromEnv(env)).toThrow(message);
  });
});
