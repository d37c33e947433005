/**
 * Articles are content, not code. Walks the syntax tree of an article or page body (Sätteri's
 * mdast, the parser the build uses) and refuses whatever could run code, load something from
 * another site or reshape the page: `import`/`export`, `{…}` expressions, HTML elements and
 * attributes outside the allow-list (./allowedHtml.ts), and addresses with a scheme other than
 * https:, http:, mailto: or a path of this site. One located problem per finding, in Indonesian,
 * saying what to write instead. Components (`<Callout>` …) are checked by their own schemas
 * (./checkComponents.ts); this module only looks inside and around them.
 */
import { ALLOWED_ELEMENTS, ELEMENT_HINTS, GLOBAL_ATTRIBUTES, URL_ATTRIBUTES, isAllowedAttribute } from './allowedHtml.ts';
import { escapeRegExp } from '../lib/regExp.ts';
import { checkUrl, type UrlUse } from '../lib/safeUrl.ts';
import type { Problem } from './problems.ts';

/** The parts of an mdast node this walk reads; fits both a parsed tree and a build plugin's tree. */
export interface BodyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: readonly BodyAttribute[];
  children?: readonly BodyNode[];
  position?: { start: { line: number; column?: number }; end: { line: number } } | undefined;
}

type BodyAttribute = { type: 'mdxJsxAttribute'; name: string; value?: unknown } | { type: 'mdxJsxExpressionAttribute'; value?: unknown };

/** `mdx`: the file is MDX; `md`: plain Markdown, where raw HTML would pass straight into the page. */
export type BodyFormat = 'mdx' | 'md';

const ALLOWED_LIST = Object.keys(ALLOWED_ELEMENTS)
  .map((name) => `<${name}>`)
  .join(', ');

/** An address as shown in a message: short, on one line, never able to break the terminal. */
export function shown(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}…` : flat);
}

/** The sentence for an address that `checkUrl` refused, naming where it was written. */
export function urlMessage(value: string, use: UrlUse, where: string): string | undefined {
  const verdict = checkUrl(value, use);
  if (verdict.ok) return undefined;
  const instead =
    use === 'image'
      ? 'Gambar harus berkas di situs ini: tulis ./foto.jpg (di samping artikel) atau /nama.png, atau pakai <Figure>.'
      : 'Tautan harus diawali https://, http://, mailto:, atau / untuk halaman di situs ini (misalnya /berita/judul/).';
  switch (verdict.reason) {
    case 'scheme':
      return `Alamat ${shown(value)} pada ${where} memakai skema "${verdict.scheme}:" yang tidak diizinkan. ${instead}`;
    case 'remote-image':
      return `Gambar ${shown(value)} pada ${where} dimuat dari situs lain; situs ini tidak memuat apa pun dari luar. Simpan gambarnya di samping artikel dan tulis ./foto.jpg, atau pakai <Figure>.`;
    case 'protocol-relative':
      return `Alamat ${shown(value)} pada ${where} diawali //; tulis lengkap dengan https:// bila menautkan ke situs lain.`;
    case 'control':
      return `Alamat ${shown(value)} pada ${where} memuat karakter kendali atau garis miring terbalik (\\). ${instead}`;
  }
}

/** A `{…}` that holds nothing but block comments, the MDX way of leaving a note for other editors. */
function isCommentOnly(expression: string): boolean {
  return /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)*$/.test(expression);
}

function attributeText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Problems in one body tree. `source` is the whole file, used only to find the line of an
 * attribute (the parser gives lines for elements, not for their attributes). `localImage`, when
 * given, judges an image address that passed the rule above (a file of this site): the build
 * imports such files, so one that is missing would stop it with the bundler's English error.
 */
export function checkBodyTree(
  file: string,
  tree: BodyNode,
  source: string,
  format: BodyFormat,
  localImage?: (src: string) => string | undefined,
): Problem[] {
  const lines = source.split(/\r?\n/);
  const problems: Problem[] = [];
  const report = (node: BodyNode | undefined, field: string, message: string, line = node?.position?.start.line) =>
    problems.push({ file, ...(line === undefined ? {} : { line }), field, message, severity: 'error' });

  const definitions = new Map<string, BodyNode>();
  const collect = (node: BodyNode) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node);
    node.children?.forEach(collect);
  };
  collect(tree);
  // A reference-style image (`![a][ref]`) loads its definition's address, so that address must be a local image.
  const imageDefinitions = new Set<string>();

  const attributeLine = (node: BodyNode, name: string) => {
    const start = node.position?.start.line ?? 1;
    const end = node.position?.end.line ?? start;
    const pattern = new RegExp(`(^|[\\s<])${escapeRegExp(name)}(\\s*=|[\\s/>]|$)`);
    for (let i = start - 1; i < end; i++) if (pattern.test(lines[i] ?? '')) return i + 1;
    return start;
  };

  const checkEsm = (node: BodyNode) => {
    const text = String(node.value ?? '');
    const start = node.position?.start.line ?? 1;
    let found = false;
    text.split(/\r?\n/).forEach((line, i) => {
      const keyword = /^\s*(import|export)\b/.exec(line)?.[1];
      if (!keyword) return;
      found = true;
      report(
        node,
        keyword,
        keyword === 'import'
          ? 'Baris import tidak diizinkan: tulisan adalah isi, bukan kode. Komponen (<Callout>, <Figure>, …) tersedia tanpa import; hapus baris ini.'
          : 'Baris export tidak diizinkan: tulisan adalah isi, bukan kode. Data tulisan ditulis di frontmatter (di antara baris ---); hapus baris ini.',
        start + i,
      );
    });
    if (!found) report(node, 'import', 'Kode import/export tidak diizinkan di isi tulisan; hapus bagian ini.');
  };

  const checkElement = (node: BodyNode) => {
    const name = node.name;
    // Fragments (<>…</>) add nothing to the page; components (capitalised) are checked against their schemas.
    if (!name || /^[A-Z]/.test(name)) return;
    const allowed = Object.hasOwn(ALLOWED_ELEMENTS, name);
    if (!allowed) {
      report(
        node,
        `<${name}>`,
        `Tag <${name}> tidak diizinkan di isi tulisan: isi tidak boleh menjalankan kode, memuat apa pun dari situs lain, atau mengubah tampilan halaman. ${ELEMENT_HINTS[name] ?? `HTML yang boleh: ${ALLOWED_LIST} (lihat PANDUAN-PENULIS.md); selebihnya tulis dengan Markdown atau komponen.`}`,
      );
      return;
    }
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        report(node, `${name}.{…}`, `Atribut {…} pada <${name}> tidak diizinkan; tulis setiap atribut sebagai nama="nilai".`);
        continue;
      }
      const field = `${name}.${attr.name}`;
      const line = attributeLine(node, attr.name);
      if (!isAllowedAttribute(name, attr.name)) {
        const permitted = [...(ALLOWED_ELEMENTS[name] ?? []), ...GLOBAL_ATTRIBUTES].join(', ');
        const why = /^on/i.test(attr.name)
          ? ' Atribut on… menjalankan kode.'
          : attr.name === 'style'
            ? ' Tampilan diatur oleh situs, bukan oleh artikel.'
            : '';
        report(node, field, `Atribut ${attr.name} pada <${name}> tidak diizinkan.${why} Atribut yang boleh pada <${name}>: ${permitted}.`, line);
        continue;
      }
      if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
        report(node, field, `Atribut ${attr.name} pada <${name}> harus ditulis sebagai teks: ${attr.name}="…", bukan {…}.`, line);
        continue;
      }
      const text = attributeText(attr.value);
      if (text !== undefined && URL_ATTRIBUTES.has(attr.name)) {
        const message = urlMessage(text, 'link', `<${name} ${attr.name}>`);
        if (message) report(node, field, message, line);
      }
    }
  };

  const walk = (node: BodyNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        checkEsm(node);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(String(node.value ?? '')))
          report(
            node,
            '{…}',
            'Kode {…} tidak diizinkan di isi tulisan. Bila maksudnya teks biasa, tulis \\{ dan \\}; untuk catatan yang tidak tampil, tulis {/* catatan */}.',
          );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'html':
        // Only plain Markdown (.md) has raw HTML nodes; it would reach the page unchecked.
        if (format === 'md')
          report(
            node,
            'html',
            `HTML tidak diizinkan di berkas .md. Tulis dengan Markdown, atau ganti ekstensi berkas menjadi .mdx untuk memakai HTML yang diizinkan (${ALLOWED_LIST}).`,
          );
        return;
      case 'link': {
        const message = urlMessage(node.url ?? '', 'link', 'tautan');
        if (message) report(node, 'link', message);
        break;
      }
      case 'image': {
        const message = urlMessage(node.url ?? '', 'image', 'gambar') ?? localImage?.(node.url ?? '');
        if (message) report(node, 'image', message);
        return;
      }
      case 'imageReference':
        if (node.identifier) imageDefinitions.add(node.identifier);
        return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);

  for (const [identifier, node] of definitions) {
    const use: UrlUse = imageDefinitions.has(identifier) ? 'image' : 'link';
    const message = urlMessage(node.url ?? '', use, `definisi [${identifier}]`) ?? (use === 'image' ? localImage?.(node.url ?? '') : undefined);
    if (message) report(node, use === 'image' ? 'image' : 'link', message);
  }
  return problems;
}
