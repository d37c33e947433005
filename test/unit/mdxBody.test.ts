import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ELEMENTS } from '~/check/allowedHtml';
import { adoptApprovals, compiledText, forgetApprovals } from '~/check/approvedBodies';
import { checkComponents } from '~/check/checkComponents';
import { suggestKey } from '~/check/frontmatterRules';
import { checkBodyTree } from '~/check/mdxBody';
import { mdxGuardPlugin } from '~/check/mdxGuardPlugin';
import { parseBody } from '~/check/parseBody';
import { checkInOwnProcess } from '~/integrations/contentCheck';
import '~/schemas/errorMap';

const body = (source: string, format: 'md' | 'mdx' = 'mdx') => {
  const parsed = parseBody('a.mdx', source, format);
  if ('problem' in parsed) return [parsed.problem];
  return checkBodyTree('a.mdx', parsed.tree, source, format);
};

describe('parseBody: MDX syntax errors as file, line, column and a plain Indonesian sentence', () => {
  it.each([
    ['a\n\nAnggaran {10 persen', 3, 10, /Kurung kurawal \{ dibuka tetapi tidak ditutup/],
    ['<Callout>\nIsi\n', 1, 1, /Tag <Callout> dibuka tetapi tidak ditutup\. Tutup dengan <\/Callout>/],
    ['<Callout>Isi</Figure>', 1, 13, /Tag penutup <\/Figure> tidak cocok dengan <Callout>/],
    ['Teks</b>', 1, 5, /Tag penutup <\/b> tidak punya tag pembuka/],
    ['<!-- catatan -->', 1, 1, /Komentar HTML/],
    ['Nilai <3 dan a <b', 1, 7, /Tulis \\< bila maksudnya teks/],
    ['<https://contoh.invalid/>', 1, 1, /tulis tautan sebagai \[teks\]\(https:\/\/…\)/],
    ['Angka {1 +}', 1, 11, /Isi \{…\} tidak dapat dibaca/],
    ['<br>', 1, 1, /akhiri dengan \/> bila tanpa isi \(misalnya <br \/>\)/],
  ])('%j', (source, line, column, message) => {
    const [problem, ...rest] = body(source);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'a.mdx', line, column, field: '-' });
    expect(problem!.message).toMatch(new RegExp(`^Penulisan MDX tidak valid di baris ${line}, kolom ${column}\\. `));
    expect(problem!.message).toMatch(message);
    expect(problem!.message).not.toMatch(/\b(Unexpected|expected|oxc)\b/);
  });
});

describe('checkBodyTree: boundaries of the allow-list', () => {
  it.each([
    ['an allowed element with its own and global attributes', '<time datetime="2025-12-06" title="x" lang="id">6 Desember</time>'],
    ['a boolean attribute', '<details open><summary>Ringkas</summary>Isi</details>'],
    ['a fragment', '<>teks</>'],
    ['a comment-only expression', '{/* catatan */}\n\n{ /* a */ /* b */ }'],
    ['an escaped brace', 'Harga \\{ bukan kode \\}'],
    ['a link to a heading', '[Ke atas](#judul)'],
  ])('accepts %s', (_name, source) => {
    expect(body(source)).toEqual([]);
  });

  it.each([
    ['an attribute allowed on another element', '<abbr datetime="2025">x</abbr>', 'abbr.datetime'],
    ['aria attributes', '<mark aria-hidden="true">x</mark>', 'mark.aria-hidden'],
    ['id (it could clobber the page’s own)', '<b id="main">x</b>', 'b.id'],
    ['class', '<b class="sr-only">x</b>', 'b.class'],
    ['a comment hiding code', '{/* a */ alert(1)}', '{…}'],
    ['an inline expression', 'Teks {1 + 1} teks', '{…}'],
  ])('refuses %s', (_name, source, field) => {
    expect(body(source).map((p) => p.field)).toEqual([field]);
  });
});

describe('mdxGuardPlugin: the build refuses what the check refuses, even for a file saved during dev', () => {
  // Sätteri compiles synchronously unless a plugin is asynchronous; a promise covers both.
  const compile = async (source: string) =>
    mdxToJs(source, { mdastPlugins: [mdxGuardPlugin('/situs')], fileURL: new URL('file:///situs/content/artikel/berita/a.mdx') });

  it('stops the compile with the located Indonesian message', async () => {
    await expect(compile("import fs from 'node:fs'\n\n{process.env.HOME}\n")).rejects.toThrow(
      /^Isi content\/artikel\/berita\/a\.mdx tidak diizinkan dan tidak dibangun:\n {2}content\/artikel\/berita\/a\.mdx:1 {2}import {2}Baris import[\s\S]*a\.mdx:3 {2}\{…\}/,
    );
  });

  it('refuses frontmatter holding a YAML alias bomb before the MDX integration copies it out', async () => {
    // What js-yaml makes of nine levels of nine aliases: each level one array, shared nine times by the next.
    let level: unknown = Array(9).fill('lol');
    for (let i = 0; i < 8; i++) level = Array(9).fill(level);
    const result = Promise.resolve().then(() =>
      mdxToJs('Teks.\n', {
        mdastPlugins: [mdxGuardPlugin('/situs')],
        fileURL: new URL('file:///situs/a.mdx'),
        data: { astro: { frontmatter: { title: 'x', lampiran: level }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
      }),
    );
    await expect(result).rejects.toThrow(/a\.mdx:1 {2}- {2}Alias YAML \(\*nama\) tidak diizinkan/);
  });

  it('names the line of the file for plain Markdown, which reaches it without the frontmatter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-guard-md-'));
    const path = join(dir, 'tentang.md');
    const text = '---\ntitle: Tentang\ndescription: Halaman uji\n---\n\nParagraf pertama.\n\n<script>alert(1)</script>\n';
    writeFileSync(path, text);
    try {
      // What Astro hands the Markdown pipeline: the body after the frontmatter, trimmed.
      const body = text.slice(text.indexOf('Paragraf')).trim();
      const result = Promise.resolve().then(() => markdownToHtml(body, { mdastPlugins: [mdxGuardPlugin(dir)], fileURL: pathToFileURL(path) }));
      await expect(result).rejects.toThrow(/tentang\.md:8 /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compiles allowed content', async () => {
    expect((await compile('Teks <abbr title="Aparatur Sipil Negara">ASN</abbr> dan [tautan](/berita/).\n')).code).toContain('Aparatur Sipil Negara');
  });
});

describe('mdxGuardPlugin skips only what the content check approved, byte for byte', () => {
  const ARTICLE = '---\ntitle: "Uji"\nkind: berita\n---\n\nTeks dengan [tautan](/berita/).\n';

  it.each([
    ['frontmatter', ARTICLE],
    ['CRLF and a byte-order mark', '\uFEFF---\r\ntitle: Uji\r\n---\r\nTeks.\r\n'],
    ['no frontmatter', 'Teks saja.\n'],
    ['a "---" rule in the body', '---\ntitle: Uji\n---\nA\n\n---\n\nB\n'],
  ])('knows the text the MDX integration compiles (%s)', (_name, text) => {
    const astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
    expect(compiledText(text)).toBe(astro.replace(/^\uFEFF/, ''));
  });

  const approvedFile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-guard-'));
    const path = join(dir, 'artikel/berita/uji.mdx');
    mkdirSync(join(dir, 'artikel/berita'), { recursive: true });
    writeFileSync(path, ARTICLE);
    forgetApprovals();
    expect(checkComponents(dir, { root: dir })).toEqual([]);
    return { dir, path };
  };
  const factory = (path: string, source: string, frontmatter: unknown = { title: 'Uji' }) =>
    (mdxGuardPlugin('/') as (ctx: unknown) => unknown)({
      fileURL: pathToFileURL(path),
      source,
      sourceFormat: 'mdx',
      data: { astro: { frontmatter } },
    });

  it('leaves an approved body to the native pipeline, and checks it again after any change', async () => {
    const { dir, path } = approvedFile();
    try {
      expect(factory(path, compiledText(ARTICLE))).toBeNull();
      // One byte more, another file with the same text, or text the check never saw: checked again.
      const changed = `${compiledText(ARTICLE)}<script>alert(1)</script>\n`;
      expect(factory(path, changed)).not.toBeNull();
      expect(factory(join(dir, 'artikel/berita/lain.mdx'), compiledText(ARTICLE))).not.toBeNull();
      await expect(
        Promise.resolve().then(() => mdxToJs(changed, { mdastPlugins: [mdxGuardPlugin('/')], fileURL: pathToFileURL(path) })),
      ).rejects.toThrow(/tidak diizinkan dan tidak dibangun/);
      // An approved body under frontmatter that shares an object (a YAML alias) is refused all the same.
      const shared = { a: 1 };
      expect(factory(path, compiledText(ARTICLE), { title: 'Uji', x: shared, y: shared })).not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      forgetApprovals();
    }
  });

  it('approves nothing the check refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-guard-'));
    const path = join(dir, 'artikel/berita/uji.mdx');
    mkdirSync(join(dir, 'artikel/berita'), { recursive: true });
    const bad = `${ARTICLE}<iframe src="https://contoh.id"></iframe>\n`;
    writeFileSync(path, bad);
    forgetApprovals();
    try {
      expect(checkComponents(dir, { root: dir }).length).toBeGreaterThan(0);
      expect(factory(path, compiledText(bad))).not.toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the build's check, in a process of its own, hands its approvals to the build", () => {
  it('sends the bodies it approved with its problems; taken over, the guard skips exactly those', async () => {
    const ARTICLE = '---\ntitle: "Uji"\nkind: berita\n---\n\nTeks biasa.\n';
    const dir = mkdtempSync(join(tmpdir(), 'asn-guard-'));
    const path = join(dir, 'artikel/berita/uji.mdx');
    mkdirSync(join(dir, 'artikel/berita'), { recursive: true });
    writeFileSync(path, ARTICLE);
    forgetApprovals();
    try {
      const result = await checkInOwnProcess(dir, dir);
      expect(result.approvals.map(([approved]) => approved)).toContain(path);
      const guard = () =>
        (mdxGuardPlugin('/') as (ctx: unknown) => unknown)({ fileURL: pathToFileURL(path), source: compiledText(ARTICLE), sourceFormat: 'mdx', data: { astro: { frontmatter: {} } } });
      expect(guard()).not.toBeNull();
      adoptApprovals(result.approvals);
      expect(guard()).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      forgetApprovals();
    }
  });
});

describe('the guide lists exactly the allowed HTML', () => {
  it('PANDUAN-PENULIS.md names every allowed element and no other', () => {
    const guide = readFileSync('PANDUAN-PENULIS.md', 'utf8');
    const section = /## HTML yang boleh dipakai\n([\s\S]*?)\n## /.exec(guide)?.[1] ?? '';
    const table = section.split('\n').filter((l) => l.startsWith('| `<'));
    const listed = table.flatMap((row) => [...row.split('|')[1]!.matchAll(/`<([a-z]+)>`/g)].map((m) => m[1]));
    expect(listed.sort()).toEqual(Object.keys(ALLOWED_ELEMENTS).sort());
  });
});

describe('zod’s own messages are Indonesian', () => {
  it.each([
    [z.string().trim().min(1), '', 'Isian ini tidak boleh kosong.'],
    [z.string(), 5, 'Isian ini harus berupa teks.'],
    [z.object({ a: z.number() }), {}, 'Isian ini wajib diisi.'],
    [z.array(z.string()).max(2), ['a', 'b', 'c'], 'Daftar ini paling banyak berisi 2 butir.'],
    [z.enum(['a', 'b']), 'c', 'Nilai tidak dikenal. Pilihan: "a", "b".'],
  ])('%#', (schema, input, message) => {
    expect(schema.safeParse(input).error?.issues[0]?.message).toBe(message);
  });
});

describe('suggestKey: "maksud Anda …?" only for a likely typo', () => {
  const KEYS = ['title', 'description', 'pubDate', 'tags', 'hero', 'alt', 'url'];
  it.each([
    ['titel', 'title'],
    ['pubdate', 'pubDate'],
    ['tag', 'tags'],
    ['descripton', 'description'],
    ['url', 'url'],
    ['ringkasan', undefined],
    ['ur', 'url'],
    ['alias', undefined],
  ])('%s → %s', (key, suggestion) => {
    expect(suggestKey(key, KEYS)).toBe(suggestion);
  });
});
