/**
 * How the built site answers, on every host: the security headers, the Content Security Policy
 * and the cache rules. This is the one definition. astro.config.mjs takes the page policy from
 * here (Astro writes it into each page's <meta>), the build writes the host files from it
 * (`dist/_headers` for Netlify and Cloudflare Pages, `dist/_nginx/policy.conf` for nginx), and
 * `npm start` sends the same headers. Plain data and small pure functions, so config, scripts and
 * tests can all import it without a build step.
 */
import { createHash } from 'node:crypto';

/** Headers every response carries. */
export const SECURITY_HEADERS = Object.freeze({
  // One year, without includeSubDomains or preload: those bind every subdomain of the owner's
  // domain and are the domain owner's decision, not the site's. Browsers ignore it over plain HTTP.
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
});

/**
 * Headers that only mean something on a page, sent with the Content-Security-Policy on pages
 * alone: on the twenty-odd scripts, index chunks and images a search fetches they would add some
 * 30 KB of headers over HTTP/1.1 and protect nothing. (The site's only SVG is its own favicon.)
 */
export const DOCUMENT_HEADERS = Object.freeze({
  // For browsers that predate CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Only features Chromium knows: an unknown name is logged as a console error on every page.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/** Pages, by the path of the file served. */
export const DOCUMENT_PATTERN = '\\.html$';
const documentRegex = new RegExp(DOCUMENT_PATTERN);

/** The page policy every page's <meta> carries (Astro adds script-src and style-src with hashes). */
export const CSP_DIRECTIVES = Object.freeze(
  /** @type {const} */ ([
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]),
);
export const CSP_SCRIPT_RESOURCES = Object.freeze(["'self'"]);
/** Added only on pages that search: Pagefind compiles its index reader from WebAssembly. */
export const CSP_SEARCH_SCRIPT_RESOURCES = Object.freeze(["'wasm-unsafe-eval'"]);
/**
 * The CSP source that allows one inline script or style, by its exact text.
 * @param {string} source
 * @returns {`sha256-${string}`}
 */
export function cspHash(source) {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

/** What a <meta> policy cannot say (browsers ignore these there), so only the header carries them. */
export const CSP_HEADER_ONLY = Object.freeze(["frame-ancestors 'none'", 'upgrade-insecure-requests']);

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
export const CACHE_SHORT = 'public, max-age=3600';

/**
 * Cache rules by the path of the file served (`/berita/index.html`, not `/berita/`), first match
 * wins, CACHE_SHORT otherwise. The patterns are plain regular expressions that mean the same in
 * JavaScript and in nginx (PCRE).
 */
export const CACHE_RULES = Object.freeze([
  // Astro puts a content hash in every file name here: a changed file is a new URL.
  { pattern: '^/_astro/', cacheControl: CACHE_IMMUTABLE },
  // Pages change with every rebuild under the same URL.
  { pattern: '\\.html$', cacheControl: CACHE_REVALIDATE },
  // Pagefind's entry files keep their names from build to build and point at the hashed chunks.
  { pattern: '^/pagefind/(pagefind[^/]*|wasm\\.[^/]*)$', cacheControl: CACHE_REVALIDATE },
]);

const compiledRules = CACHE_RULES.map((rule) => ({ ...rule, regex: new RegExp(rule.pattern) }));

/**
 * The Cache-Control value for a served file, by its path inside the build output.
 * @param {string} filePath
 */
export function cacheControlFor(filePath) {
  return compiledRules.find((rule) => rule.regex.test(filePath))?.cacheControl ?? CACHE_SHORT;
}

/**
 * Splits a policy into `[name, sources[]]` pairs, in order, ignoring empty directives.
 * @param {string} policy
 * @returns {[string, string[]][]}
 */
export function parseCsp(policy) {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((tokens) => tokens.length > 0)
    .map(([name, ...sources]) => [name.toLowerCase(), sources]);
}

/** @param {Iterable<[string, readonly string[]]>} directives */
export function serializeCsp(directives) {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The header policy for the whole site, from the <meta> policies of its pages: every source any
 * page allows, plus the header-only directives. A browser enforces both the header and the page's
 * <meta>, so each page still gets exactly its own policy (a source only /cari/ needs stays blocked
 * everywhere else by the <meta>), and one header fits every host, including those that can only
 * attach headers by path pattern.
 */
/**
 * @param {Iterable<string>} metaPolicies
 * @returns {string}
 */
export function headerCsp(metaPolicies) {
  /** @type {Map<string, string[]>} */
  const merged = new Map();
  for (const policy of metaPolicies) {
    for (const [name, sources] of parseCsp(policy)) {
      const known = merged.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      merged.set(name, known);
    }
  }
  // A hash or nonce makes browsers ignore 'unsafe-inline' in the same directive, so where one page
  // (the editor at /admin/) allows any inline style, the union must drop the hashes to stay a union.
  for (const [name, sources] of merged)
    if (sources.includes("'unsafe-inline'")) merged.set(name, sources.filter((s) => !/^'(sha(256|384|512)|nonce)-/.test(s)));
  for (const [name, ...sources] of CSP_HEADER_ONLY.map((d) => d.split(' '))) merged.set(name, sources);
  return serializeCsp([...merged]);
}

/**
 * Every policy header a response for `filePath` carries, given the site's header CSP.
 * @param {string} filePath
 * @param {string} csp
 * @returns {Record<string, string>}
 */
export function responseHeaders(filePath, csp) {
  return {
    ...SECURITY_HEADERS,
    ...(documentRegex.test(filePath) ? { ...DOCUMENT_HEADERS, 'Content-Security-Policy': csp } : {}),
    'Cache-Control': cacheControlFor(filePath),
  };
}
