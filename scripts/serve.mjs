/**
 * The static server behind `npm start` and the browser tests. sirv answers (the precompressed copy
 * the request accepts, ETag and 304, Last-Modified, Content-Length); this layer decides which file
 * of the build a request names and adds the response policy of deploy/policy.mjs, the headers
 * production sends. It behaves like the production hosts (index.html for folders, a redirect to
 * the trailing slash that keeps the query, the 404 page with status 404), so what passes here
 * passes there.
 *
 * A request names a file only by exact match against the list of the build's regular files: no
 * path is normalised or joined, so dot segments, encoded slashes and symbolic links lead nowhere.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { BUILD_MARKER, listFiles, siteCsp, sitePaths } from '../deploy/hostFiles.mjs';
import { SECURITY_HEADERS, cacheControlFor, responseHeaders } from '../deploy/policy.mjs';

const TYPES = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
};
const typeOf = (path) => TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';

/** Encodings by preference, with the suffix of their precompressed copy. */
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/** Whether an Accept-Encoding header accepts `name` (q-values honoured: `gzip;q=0` refuses). */
export function accepts(header, name) {
  let wildcard = false;
  for (const part of String(header ?? '').toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const allowed = !q || Number(q.slice(2)) > 0;
    if (token === name) return allowed;
    if (token === '*') wildcard = allowed;
  }
  return wildcard;
}

/**
 * The path and query of a request target, or undefined when it is malformed: an escape that does
 * not decode, or a control character (NUL, CR, LF, ...) or backslash once decoded. Only the path
 * is decoded; the raw form is kept for redirects, where it is re-sent as the client wrote it.
 */
export function parseTarget(url) {
  let target = String(url ?? '');
  // The absolute form (`GET http://host/path`) is legal HTTP; its host is ignored, never trusted.
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  if (absolute) target = target.slice(absolute[0].length) || '/';
  if (!target.startsWith('/') || /[^\x21-\x7e]/.test(target)) return undefined;
  const queryAt = target.indexOf('?');
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (/[\p{Cc}\\]/u.test(path)) return undefined;
  return { path, rawPath, query };
}

const SIRV_OPTIONS = { dev: true, etag: true, extensions: [], dotfiles: false };

/** What a build offers, read once per build (BUILD_MARKER's time tells a new one). */
function loadSite(root) {
  const marker = markerTime(root);
  const regular = new Set(listFiles(root));
  const served = new Set(sitePaths(root, [...regular]));
  // Read once per build: every page's <meta> policy, merged (deploy/policy.mjs, headerCsp).
  const csp = siteCsp(root, [...served]);
  const notFoundPage = ['', ...ENCODINGS.map(([, suffix]) => suffix)]
    .filter((suffix) => regular.has(`/404.html${suffix}`))
    .map((suffix) => [suffix, readFileSync(join(root, `404.html${suffix}`))]);
  return {
    marker,
    regular,
    served,
    notFoundPage: new Map(notFoundPage),
    csp,
    // dev mode: sirv looks at the disk per request instead of keeping a snapshot that a rebuild
    // would make stale. Which file it may open is decided before it is called (see serveFile).
    // Two instances, because sirv sends `Vary: Accept-Encoding` whenever it may pick a copy.
    negotiated: sirv(root, { ...SIRV_OPTIONS, gzip: true, brotli: true }),
    plainFiles: sirv(root, SIRV_OPTIONS),
  };
}

function markerTime(root) {
  try {
    return statSync(join(root, BUILD_MARKER)).mtimeMs;
  } catch {
    return 0;
  }
}

function plain(req, res, status, text) {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The site's 404 page with status 404, compressed like any page. */
function notFound(site, req, res) {
  const suffix = ENCODINGS.find(([name, s]) => site.notFoundPage.has(s) && accepts(req.headers['accept-encoding'], name));
  const body = site.notFoundPage.get(suffix?.[1] ?? '');
  if (!body) return plain(req, res, 404, 'Halaman tidak ditemukan.');
  res.writeHead(404, {
    ...responseHeaders('/404.html', site.csp),
    'Content-Type': TYPES.html,
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(suffix ? { 'Content-Encoding': suffix[0] } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Hands one known file to sirv, having chosen the copy it may send. */
function serveFile(site, req, res, path) {
  const acceptEncoding = req.headers['accept-encoding'];
  for (const [name, value] of Object.entries(responseHeaders(path, site.csp))) res.setHeader(name, value);
  res.setHeader('Content-Type', typeOf(path));
  // sirv sends the first copy whose encoding the header names; naming only encodings the client
  // accepts and whose copy is a regular file of the build keeps it to files on the list.
  const copies = ENCODINGS.filter(([, suffix]) => site.regular.has(path + suffix));
  const offered = copies.filter(([name]) => accepts(acceptEncoding, name));
  req.headers['accept-encoding'] = offered.map(([name]) => name).join(', ');
  // Whole files only: nothing on the site needs a range, and sirv's range parsing can throw.
  delete req.headers['range'];
  req.url = encodeURI(path);
  // A file removed by a rebuild between sirv's check and its read ends this response, not the server.
  res.on('pipe', (source) => source.on('error', () => res.destroy()));
  (copies.length > 0 ? site.negotiated : site.plainFiles)(req, res, () => {
    req.headers['accept-encoding'] = acceptEncoding;
    notFound(site, req, res);
  });
}

function handle(site, req, res) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return plain(req, res, 405, 'Metode tidak diizinkan: situs ini hanya melayani GET dan HEAD.');
  }
  const target = parseTarget(req.url);
  if (!target) return plain(req, res, 400, 'Alamat permintaan tidak valid.');
  const { path, rawPath, query } = target;
  if (path.endsWith('/') ? site.served.has(`${path}index.html`) : site.served.has(path)) {
    return serveFile(site, req, res, path.endsWith('/') ? `${path}index.html` : path);
  }
  if (!path.endsWith('/') && site.served.has(`${path}/index.html`)) {
    // rawPath decodes to a folder of the build, so it starts with one slash and a name: never
    // `//host` or `/\host`, which a browser would take for another site.
    res.writeHead(301, { Location: `${rawPath}/${query}`, 'Content-Length': 0, 'Cache-Control': cacheControlFor(path) });
    return res.end();
  }
  return notFound(site, req, res);
}

/** Starts serving `dir`; resolves to the running server and its base URL. */
export function serve(dir, { port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  let site = loadSite(root);
  const server = createServer((req, res) => {
    const marker = markerTime(root);
    if (marker !== site.marker) {
      try {
        site = loadSite(root);
      } catch (error) {
        // Keep answering from the last build that could be read, and say why once.
        site = { ...site, marker };
        console.warn(`Build baru di ${dir} tidak bisa dibaca; tetap memakai yang lama. (${error.message})`);
      }
    }
    try {
      handle(site, req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) plain(req, res, 500, 'Kesalahan server.');
      else res.destroy();
    }
  });
  // Requests Node's parser refuses (a byte beyond ASCII in the path, headers over 16 KB, a client
  // too slow to send them) get the answer Node would give, with the policy headers too.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status}\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolvePromise({ server, url: `http://${shown}:${actual}` });
    });
  });
}
