/**
 * Turns the response policy (policy.mjs) into what each host reads, from a finished build:
 * `_headers` (Netlify, Cloudflare Pages) and `_nginx/http.conf` + `_nginx/server.conf` (included
 * by deploy/nginx/site.conf). `npm start` reads the same header policy with `siteCsp`.
 * Node-only: it reads the build output.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  CACHE_REVALIDATE,
  CACHE_RULES,
  CACHE_SHORT,
  DOCUMENT_HEADERS,
  DOCUMENT_PATTERN,
  SECURITY_HEADERS,
  cacheControlFor,
  headerCsp,
} from './policy.mjs';

/** Files the build writes for hosts, never served to readers. */
export const HOST_FILES = Object.freeze(['_headers', '_nginx/http.conf', '_nginx/server.conf']);
/** Precompressed copies sit beside their originals and are chosen by the server, never linked. */
export const COMPRESSED_SUFFIXES = Object.freeze(['.br', '.gz']);

/**
 * Every regular file of a build as a site path (`/berita/index.html`), compressed copies included.
 * Symbolic links are not files of the build (Astro never writes one) and are left out, so no
 * server that uses this list can be led out of the build by one.
 */
/** @param {string} dir @returns {string[]} */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push('/' + relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** What a build serves to readers: its files without host files and compressed copies. */
/** @param {string} dir @param {string[]} [files] */
export function sitePaths(dir, files = listFiles(dir)) {
  return files.filter((p) => !HOST_FILES.includes(p.slice(1)) && !COMPRESSED_SUFFIXES.some((s) => p.endsWith(s)));
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
/** @param {string} value */
const decodeAttribute = (value) =>
  value.replace(/&#39;|&#x27;|&quot;|&amp;/g, (m) => ({ '&#39;': "'", '&#x27;': "'", '&quot;': '"', '&amp;': '&' })[m]);

// One buffer for every page's start: only the bytes read are decoded, so what an earlier page left in it never shows.
const HEAD = Buffer.allocUnsafe(2048);

/** The start of a file: the policy <meta> comes right after the charset (at byte 59 today); a page where it does not end within these bytes is read whole. */
/** @param {string} file */
function headOf(file) {
  const fd = openSync(file, 'r');
  try {
    return HEAD.toString('utf8', 0, readSync(fd, HEAD, 0, HEAD.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The <meta> policy of every page; a page without one is an error, since its header would not match. */
/** @param {string} dir @param {string[]} [paths] @returns {string[]} */
export function metaPolicies(dir, paths = sitePaths(dir)) {
  return paths
    .filter((p) => p.endsWith('.html'))
    .map((p) => {
      const file = join(dir, p);
      const match = META_CSP.exec(headOf(file)) ?? META_CSP.exec(readFileSync(file, 'utf8'));
      if (!match) throw new Error(`${p} tidak memuat <meta http-equiv="content-security-policy">.`);
      return decodeAttribute(match[1] ?? '');
    });
}

/** The Content-Security-Policy header for a build. */
/** @param {string} dir @param {string[]} [paths] */
export function siteCsp(dir, paths = sitePaths(dir)) {
  // Pages of a kind share one policy: each distinct one is merged once (merging one twice adds nothing).
  return headerCsp(new Set(metaPolicies(dir, paths)));
}

/**
 * `_headers` rules for the cache classes the hosts do not already apply. Netlify and Cloudflare
 * Pages send `max-age=0, must-revalidate` by default, which is CACHE_REVALIDATE in effect; rules
 * are written only where the policy differs, as `folder/*` when a whole folder shares a value.
 * Rules never overlap on a header: Cloudflare joins overlapping values with a comma.
 */
/** @param {string[]} paths */
function cacheRules(paths) {
  /** @type {[string, string][]} */
  const rules = [];
  // Each path's class once: a path is visited once per folder above it.
  const classes = new Map(paths.map((p) => [p, cacheControlFor(p)]));
  /** @param {string} p */
  const classOf = (p) => classes.get(p) ?? cacheControlFor(p);
  /** @param {string} prefix @param {string[]} members */
  const visit = (prefix, members) => {
    const values = new Set(members.map(classOf));
    if (prefix !== '/' && values.size === 1) {
      const [value = CACHE_REVALIDATE] = values;
      if (value !== CACHE_REVALIDATE) rules.push([`${prefix}*`, value]);
      return;
    }
    /** @type {Map<string, string[]>} */
    const folders = new Map();
    for (const p of members) {
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        if (classOf(p) !== CACHE_REVALIDATE) rules.push([p, classOf(p)]);
      } else {
        const folder = `${prefix}${rest.slice(0, slash + 1)}`;
        // Added in place: copying the list for every member was quadratic in a folder's size
        // (Pagefind's 10,000 fragments, a section's 5,000 articles).
        const inside = folders.get(folder);
        if (inside) inside.push(p);
        else folders.set(folder, [p]);
      }
    }
    for (const [folder, inside] of folders) visit(folder, inside);
  };
  visit('/', paths);
  return rules;
}

/** @param {string} csp @param {string[]} paths */
export function renderHeadersFile(csp, paths) {
  const lines = [
    '# Dibuat oleh `npm run build` dari deploy/policy.mjs; jangan diubah di sini.',
    '# Netlify dan Cloudflare Pages membaca berkas ini. Halaman HTML memakai bawaan host',
    '# (max-age=0, must-revalidate), yang sama dengan aturan kebijakan: selalu divalidasi ulang.',
    '# Header khusus dokumen ikut terkirim pada aset juga: pola jalur tidak bisa memilih jenis',
    '# berkas, dan lewat HTTP/2 header yang berulang hampir tidak memakan tempat.',
    '/*',
    ...Object.entries({ ...SECURITY_HEADERS, ...DOCUMENT_HEADERS, 'Content-Security-Policy': csp }).map(([k, v]) => `  ${k}: ${v}`),
  ];
  for (const [pattern, value] of cacheRules(paths)) lines.push('', pattern, `  Cache-Control: ${value}`);
  return lines.join('\n') + '\n';
}

/** nginx has no escape for `$` in a string, so a value holding `$` or a quote is refused. */
/** @param {string} value */
function nginxString(value) {
  if (/["$\\]/.test(value)) throw new Error(`Nilai tidak bisa ditulis ke konfigurasi nginx: ${value}`);
  return `"${value}"`;
}

/** @param {string} header */
const variableOf = (header) => `$asn_${header.toLowerCase().replace(/-/g, '_')}`;

/**
 * http-level part: header values by the final URI (after index.html and error_page), as maps,
 * because add_header in a location would silently drop every add_header of the server.
 */
/** @param {string} csp */
export function renderNginxHttp(csp) {
  const lines = ['# Dibuat oleh `npm run build` dari deploy/policy.mjs; jangan diubah di sini.'];
  lines.push(`map $uri ${variableOf('Cache-Control')} {`, `    default ${nginxString(CACHE_SHORT)};`);
  for (const rule of CACHE_RULES) lines.push(`    "~${rule.pattern}" ${nginxString(rule.cacheControl)};`);
  lines.push('}');
  for (const [name, value] of Object.entries({ ...DOCUMENT_HEADERS, 'Content-Security-Policy': csp })) {
    // An empty value makes nginx leave the header out.
    lines.push(`map $uri ${variableOf(name)} {`, `    "~${DOCUMENT_PATTERN}" ${nginxString(value)};`, '}');
  }
  return lines.join('\n') + '\n';
}

/** server-level part: the headers, `always` so error and redirect responses carry them too. */
export function renderNginxServer() {
  const names = ['Cache-Control', ...Object.keys(DOCUMENT_HEADERS), 'Content-Security-Policy'];
  return [
    '# Dibuat oleh `npm run build` dari deploy/policy.mjs; jangan diubah di sini.',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} ${nginxString(value)} always;`),
    ...names.map((name) => `add_header ${name} ${variableOf(name)} always;`),
  ].join('\n') + '\n';
}

/** The file whose time marks a finished build: written last, after the compressed copies. */
export const BUILD_MARKER = '_headers';

/**
 * Writes every host file into a finished build; returns the header policy. `paths` and `csp` when
 * the caller has them already (scripts/finish-build.ts reads the policies while the copies are made).
 * @param {string} dir @param {{ paths?: string[], csp?: string }} [known]
 */
export function writeHostFiles(dir, { paths = sitePaths(dir), csp = siteCsp(dir, paths) } = {}) {
  mkdirSync(join(dir, '_nginx'), { recursive: true });
  writeFileSync(join(dir, '_nginx', 'http.conf'), renderNginxHttp(csp));
  writeFileSync(join(dir, '_nginx', 'server.conf'), renderNginxServer());
  writeFileSync(join(dir, BUILD_MARKER), renderHeadersFile(csp, paths));
  return csp;
}
