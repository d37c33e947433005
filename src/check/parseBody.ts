/**
 * Parses an article or page once, with the parser the build uses (Sätteri), into the tree every
 * body check reads. What cannot be parsed becomes one problem with line, column and a plain
 * Indonesian sentence, before Astro ever sees the file; a body too large for any real piece is
 * refused without being parsed at all.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { CONTENT_LIMITS } from '../schemas/limits.ts';
import type { Problem } from './problems.ts';
import type { BodyFormat, BodyNode } from './mdxBody.ts';

const FRONTMATTER_RE = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(?:\r?\n|$)/;

/** Bytes after the frontmatter, in UTF-8. */
export function bodyBytes(source: string): number {
  const match = FRONTMATTER_RE.exec(source);
  return Buffer.byteLength(match ? source.slice(match[0].length) : source, 'utf8');
}

const KB = (bytes: number) => Math.ceil(bytes / 1024).toLocaleString('id-ID');

/** The parser's message (English) turned into what an editor should do, in Indonesian. */
export function explainSyntaxError(message: string): string {
  let m: RegExpExecArray | null;
  if (/end of file in expression/.test(message))
    return 'Kurung kurawal { dibuka tetapi tidak ditutup. Di MDX, { memulai kode: tulis \\{ bila maksudnya teks biasa.';
  if ((m = /Expected a closing tag for `<([^>`]*)>`/.exec(message)))
    return `Tag <${m[1]}> dibuka tetapi tidak ditutup. Tutup dengan </${m[1]}>, atau akhiri dengan /> bila tanpa isi (misalnya <br />).`;
  if ((m = /Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>`/.exec(message)))
    return `Tag penutup </${m[1]}> tidak cocok dengan <${m[2]}> yang dibuka sebelumnya. Tutup <${m[2]}> lebih dulu.`;
  if ((m = /Unexpected closing tag `<\/([^>`]*)>`/.exec(message))) return `Tag penutup </${m[1]}> tidak punya tag pembuka.`;
  if (/create a comment in MDX/.test(message))
    return 'Komentar HTML <!-- … --> tidak dapat dipakai di MDX. Tulis catatan yang tidak tampil sebagai {/* catatan */}.';
  if (/create a link in MDX|expected a valid JSX tag/.test(message))
    return 'Tanda < di sini dibaca sebagai awal tag. Tulis \\< bila maksudnya teks (misalnya \\<= atau \\<3), tulis tautan sebagai [teks](https://…), dan apit nilai atribut dengan tanda kutip (href="…").';
  if (/parse expression/.test(message))
    return 'Isi {…} tidak dapat dibaca. Tulis \\{ bila maksudnya teks biasa; nilai komponen ditulis sebagai nama="teks" atau angka={90}.';
  return 'Tanda < dan { punya arti khusus di MDX: tulis \\< atau \\{ bila maksudnya teks biasa, dan tutup setiap tag (<Callout>…</Callout> atau <Figure … />).';
}

/** The first node nested deeper than `limit`, found without recursion (the tree may be deeper than the call stack). */
export function tooDeep(tree: BodyNode, limit: number): BodyNode | undefined {
  const stack: [BodyNode, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return node;
    // Pushed last to first, so the first deep place in reading order is the one reported.
    for (const child of [...(node.children ?? [])].reverse()) stack.push([child, depth + 1]);
  }
  return undefined;
}

export function parseBody(file: string, source: string, format: BodyFormat): { tree: BodyNode } | { problem: Problem } {
  const bytes = bodyBytes(source);
  if (bytes > CONTENT_LIMITS.bodyBytesMax) {
    return {
      problem: {
        file,
        line: 1,
        field: '-',
        message: `Isi tulisan ${KB(bytes)} KB; batasnya ${KB(CONTENT_LIMITS.bodyBytesMax)} KB. Tulisan sepanjang itu bukan artikel: pecah menjadi beberapa tulisan, dan simpan data atau dokumen sebagai berkas terpisah.`,
        severity: 'error',
      },
    };
  }
  let tree: BodyNode;
  try {
    tree = (format === 'md' ? markdownToMdast(source) : mdxToMdast(source)) as unknown as BodyNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+)/.exec(text);
    const line = at ? Number(at[1]) : 1;
    const column = at ? Number(at[2]) : 1;
    return {
      problem: {
        file,
        line,
        column,
        field: '-',
        message: `Penulisan MDX tidak valid di baris ${line}, kolom ${column}. ${explainSyntaxError(text)}`,
        severity: 'error',
      },
    };
  }
  const deep = tooDeep(tree, CONTENT_LIMITS.nestingMax);
  if (deep) {
    return {
      problem: {
        file,
        line: deep.position?.start.line ?? 1,
        field: '-',
        message: `Isi bertingkat lebih dari ${CONTENT_LIMITS.nestingMax} lapis (kutipan di dalam kutipan, daftar di dalam daftar, atau tag di dalam tag). Sederhanakan bagian ini.`,
        severity: 'error',
      },
    };
  }
  return { tree };
}
