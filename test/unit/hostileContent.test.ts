import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '~/check/checks';
import type { Problem } from '~/check/problems';
import { HOSTILE_CONTENT, prepareHostileContent } from '../fixtures/hostileContent';

/**
 * Each hostile article or page is refused with one message per problem, naming file, line and
 * field, in Indonesian; the allowed-HTML article passes. The build over the same folder is in
 * test/build/hostileBuild.test.ts.
 */
const B = 'artikel/berita';
const O = 'artikel/opini';
const NOT_ALLOWED = /^Tag <[^>]+> tidak diizinkan di isi tulisan/;
const SCHEME = (scheme: string) => new RegExp(`skema "${scheme}:" yang tidak diizinkan\\. Tautan harus diawali https://`);

const EXPECTED: [file: string, line: number | undefined, field: string, message: RegExp][] = [
  // The cases.
  [`${B}/meta-refresh.mdx`, 12, '<meta>', NOT_ALLOWED],
  [`${B}/import-kode.mdx`, 12, 'import', /^Baris import tidak diizinkan.*tanpa import; hapus baris ini/],
  [`${B}/import-kode.mdx`, 14, '{…}', /^Kode \{…\} tidak diizinkan.*tulis \\\{ dan \\\}/],
  [`${B}/export-kode.mdx`, 12, 'export', /^Baris export tidak diizinkan.*frontmatter/],
  [`${B}/script.mdx`, 12, '<script>', NOT_ALLOWED],
  [`${B}/iframe.mdx`, 12, '<iframe>', /pakai komponen <YouTube>/],
  [`${B}/object-embed.mdx`, 12, '<object>', NOT_ALLOWED],
  [`${B}/object-embed.mdx`, 14, '<embed>', NOT_ALLOWED],
  [`${B}/form.mdx`, 12, '<form>', NOT_ALLOWED],
  [`${B}/form.mdx`, 13, '<input>', NOT_ALLOWED],
  [`${B}/stylesheet.mdx`, 12, '<link>', NOT_ALLOWED],
  [`${B}/stylesheet.mdx`, 14, '<style>', NOT_ALLOWED],
  [`${B}/stylesheet.mdx`, 14, '{…}', /^Kode \{…\} tidak diizinkan/],
  [`${B}/stylesheet.mdx`, 16, '<base>', NOT_ALLOWED],
  [`${B}/onerror.mdx`, 12, 'abbr.onMouseOver', /^Atribut onMouseOver pada <abbr> tidak diizinkan\. Atribut on… menjalankan kode\. Atribut yang boleh pada <abbr>: title, lang\./],
  [`${B}/onerror.mdx`, 12, 'mark.onerror', /^Atribut onerror pada <mark> tidak diizinkan/],
  [`${B}/javascript-markdown.mdx`, 12, 'link', SCHEME('javascript')],
  [`${B}/javascript-a.mdx`, 12, 'a.href', SCHEME('javascript')],
  [`${O}/lima-megabita.mdx`, 1, '-', /^Isi tulisan 5\.196 KB; batasnya 200 KB/],
  [`${O}/sepuluh-ribu-tag.mdx`, 8, 'tags', /^Paling banyak 12 tag per tulisan/],
  [`${O}/alias-bom.mdx`, 9, '-', /^Jangkar YAML \(&nama\) tidak diizinkan di berkas konten/],
  [`${O}/tautan-simbolik.md`, undefined, '-', /^Tautan simbolik \(symlink\) tidak diizinkan/],
  [`${O}/sumber-kosong.mdx`, 11, 'source.author', /^Penulis sumber \(source\.author\) tidak boleh kosong/],
  [`${O}/pilar-berulang.mdx`, 8, 'pillars', /^Setiap pilar cukup disebut sekali\.$/],
  [`${B}/ekspresi-rusak.mdx`, 12, '-', /^Penulisan MDX tidak valid di baris 12, kolom 15\. Kurung kurawal \{ dibuka tetapi tidak ditutup/],
  // Frontmatter: unknown keys and hard limits.
  [`${O}/kunci-tak-dikenal.mdx`, 8, 'tag', /^Isian "tag" tidak dikenal; maksud Anda "tags"\?$/],
  [`${O}/kunci-tak-dikenal.mdx`, 9, 'ringkasan', /^Isian "ringkasan" tidak dikenal di frontmatter artikel\. Isian yang ada: title, description/],
  [`${O}/batas-panjang.mdx`, 2, 'title', /^Judul \(title\) paling panjang 200 karakter/],
  [`${O}/batas-panjang.mdx`, 3, 'description', /^Ringkasan \(description\) paling panjang 400 karakter/],
  // Addresses spelled to slip past a naive check.
  [`${B}/javascript-spasi.mdx`, 12, 'a.href', SCHEME('javascript')],
  [`${B}/javascript-entitas.mdx`, 12, 'a.href', SCHEME('javascript')],
  [`${B}/javascript-huruf-besar.mdx`, 12, 'a.href', SCHEME('javascript')],
  [`${B}/javascript-tab.mdx`, 12, 'link', SCHEME('javascript')],
  [`${B}/data-vbscript.mdx`, 12, 'a.href', SCHEME('data')],
  [`${B}/data-vbscript.mdx`, 14, 'link', SCHEME('vbscript')],
  [`${B}/protokol-relatif.mdx`, 12, 'link', /diawali \/\/; tulis lengkap dengan https:\/\//],
  [`${B}/protokol-relatif.mdx`, 14, 'a.href', /garis miring terbalik/],
  [`${B}/definisi-tautan.mdx`, 14, 'link', /pada definisi \[jahat\] memakai skema "javascript:"/],
  [`${B}/gambar-luar.mdx`, 12, 'image', /dimuat dari situs lain/],
  [`${B}/gambar-luar.mdx`, 14, 'image', /skema "data:" yang tidak diizinkan\. Gambar harus berkas di situs ini/],
  [`${B}/gambar-hilang.mdx`, 12, 'image', /^Berkas gambar "\.\/tidak-ada\.png" tidak ditemukan/],
  [`${B}/gambar-keluar.mdx`, 12, 'image', /^Gambar "[./]+public\/favicon\.svg" berada di luar folder konten/],
  [`${B}/gambar-keluar.mdx`, 14, 'Figure.src', /^Komponen <Figure>: Gambar "[./]+public\/og-default\.png" berada di luar folder konten/],
  [`${B}/komponen-url.mdx`, 12, 'Figure.src', /pada <Figure src> memakai skema "javascript:"/],
  // Nesting that would crash the MDX compiler (and the check's own walk), refused before anything walks it.
  [`${B}/bertingkat.mdx`, 12, '-', /^Isi bertingkat lebih dari 64 lapis/],
  [`${B}/komponen-url.mdx`, 14, 'Figure.src', /pada <Figure src> dimuat dari situs lain/],
  // Markup beyond the allow-list, however it is dressed.
  [`${B}/svg-script.mdx`, 12, '<svg>', NOT_ALLOWED],
  [`${B}/svg-script.mdx`, 12, '<script>', NOT_ALLOWED],
  [`${B}/srcset-formaction.mdx`, 12, '<img>', /Untuk gambar, tulis !\[teks alternatif\]/],
  [`${B}/srcset-formaction.mdx`, 14, '<button>', NOT_ALLOWED],
  [`${B}/komentar-html.mdx`, 12, '-', /^Penulisan MDX tidak valid di baris 12, kolom 1\. Komentar HTML <!-- … --> tidak dapat dipakai di MDX/],
  [`${B}/spread.mdx`, 12, 'a.{…}', /^Atribut \{…\} pada <a> tidak diizinkan/],
  [`${B}/spread.mdx`, 14, 'Callout', /^Komponen <Callout>: tulis setiap prop sebagai nama="nilai"/],
  [`${B}/komponen-bersarang.mdx`, 13, 'a.href', SCHEME('javascript')],
  [`${B}/komponen-bersarang.mdx`, 16, '<script>', NOT_ALLOWED],
  [`${B}/atribut-style.mdx`, 12, 'mark.style', /Tampilan diatur oleh situs/],
  [`${B}/atribut-style.mdx`, 14, 'a.target', /^Atribut target pada <a> tidak diizinkan\. Atribut yang boleh pada <a>: href, title, lang\./],
  [`${B}/atribut-ekspresi.mdx`, 12, 'abbr.title', /harus ditulis sebagai teks: title="…", bukan \{…\}/],
  [`${B}/atribut-ekspresi.mdx`, 14, 'Callout.title', /^Komponen <Callout>: nilai \{…\} tidak dapat diperiksa/],
  [`${B}/huruf-besar-tag.mdx`, 12, 'SCRIPT', /^Komponen <SCRIPT> tidak dikenal/],
  [`${B}/huruf-besar-tag.mdx`, 14, 'a.HREF', /^Atribut HREF pada <a> tidak diizinkan/],
  [`${B}/elemen-tak-dikenal.mdx`, 12, '<x-widget>', NOT_ALLOWED],
  [`${B}/elemen-tak-dikenal.mdx`, 14, '<a.b>', NOT_ALLOWED],
  [`${B}/elemen-tak-dikenal.mdx`, 16, '<div>', /pakai <Callout>/],
  [`${B}/ekspresi-komentar.mdx`, 14, '{…}', /^Kode \{…\} tidak diizinkan/],
  [`${O}/markdown-html.md`, 12, 'html', /^HTML tidak diizinkan di berkas \.md/],
  [`${O}/markdown-html.md`, 14, 'link', SCHEME('javascript')],
  // The same rules for standalone pages.
  ['halaman/halaman-berbahaya.mdx', 6, 'import', /^Baris import tidak diizinkan/],
  ['halaman/halaman-berbahaya.mdx', 8, '<iframe>', NOT_ALLOWED],
  ['halaman/halaman-berbahaya.mdx', 10, 'link', SCHEME('javascript')],
];

let errors: Problem[];
beforeAll(() => {
  prepareHostileContent();
  errors = runChecks(HOSTILE_CONTENT).filter((p) => p.severity === 'error');
});

describe.each(EXPECTED)('%s:%i  %s', (file, line, field, message) => {
  it('is refused with its line, field and an Indonesian message', () => {
    const hit = errors.filter((p) => p.file === `${HOSTILE_CONTENT}/${file}` && p.line === line && p.field === field);
    expect(hit, JSON.stringify(errors.filter((p) => p.file.endsWith(file)), null, 1)).toHaveLength(1);
    expect(hit[0]!.message).toMatch(message);
  });
});

describe('the hostile folder as a whole', () => {
  it('reports nothing beyond the table above', () => {
    expect(errors.map((p) => `${p.file}:${p.line} ${p.field}`)).toHaveLength(EXPECTED.length);
  });

  it('refuses every hostile file and passes the one that uses only allowed HTML', () => {
    const files = readdirSync(HOSTILE_CONTENT, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.mdx?$/.test(e.name) && e.name !== 'README.md')
      .map((e) => relative(HOSTILE_CONTENT, join(e.parentPath, e.name)));
    const refused = new Set(errors.map((p) => relative(HOSTILE_CONTENT, p.file)));
    expect(files.filter((f) => !refused.has(f))).toEqual([`${B}/html-yang-boleh.mdx`]);
  });

  it('never shows the parser’s or zod’s English', () => {
    for (const p of errors) expect(p.message).not.toMatch(/\b(Unexpected|expected|Invalid|Too (small|big)|Required)\b/);
  });
});
