/**
 * The HTML page of the browser editor (/admin/): its own Content-Security-Policy (the editor
 * injects styles, so style-src allows inline styles here and only here), `noindex`, and the
 * editor setup as inert JSON that the bundle reads. Pure, so the build and the tests share it.
 */
import type { CmsConfig } from '@sveltia/cms';
import { LOCAL_ONLY_HOST, type EditorSetup } from './editorConfig.ts';

/**
 * The editor's scripts, fonts and wasm sit in one folder below the page (`/admin/app/`), so hosts
 * can give them one cache rule instead of one per file (Cloudflare allows 100 rules in all).
 */
export const ADMIN_APP = 'app';
export const ADMIN_APP_URL = `/admin/${ADMIN_APP}/`;

/** Origins the editor may talk to besides its own: the configured git host (hosted mode) only. */
export function gitHostOrigins(config: CmsConfig): string[] {
  const backend = config.backend as { name: string; base_url?: string; api_root?: string };
  // Local mode names a backend only because the editor requires one; it is never contacted.
  if (backend.base_url === LOCAL_ONLY_HOST) return [];
  const defaults: Record<string, string[]> = { github: ['https://api.github.com'], gitlab: ['https://gitlab.com'] };
  const origins = new Set<string>();
  for (const url of [backend.base_url, backend.api_root, ...(backend.base_url || backend.api_root ? [] : (defaults[backend.name] ?? []))]) {
    if (!url) continue;
    try {
      const { origin, protocol } = new URL(url);
      if (protocol === 'https:' || protocol === 'http:') origins.add(origin);
    } catch {
      // An unreadable address is refused by hostedBackendFromEnv before it gets here.
    }
  }
  return [...origins];
}

export function adminCsp(config: CmsConfig): string {
  const hosts = gitHostOrigins(config).join(' ');
  const extra = hosts ? ` ${hosts}` : '';
  return [
    "default-src 'self'",
    // Sveltia converts uploaded images (WebP, HEIC) with WebAssembly.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline' blob:",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self'",
    // The editor reads its own logo and uploaded images back through fetch() from data: and blob: URLs.
    `connect-src 'self' data: blob:${extra}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** JSON that cannot end the <script> element it sits in. */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function adminHtml(setup: EditorSetup, csp: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="robots" content="noindex, nofollow">
<title>Ruang Redaksi · ASN Prima</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script type="application/json" id="redaksi-setup">${inertJson(setup)}</script>
<script type="module" src="${ADMIN_APP_URL}redaksi.js"></script>
</head>
<body data-pagefind-ignore="all">
<noscript>Ruang redaksi membutuhkan JavaScript. Buka halaman ini di Chrome atau Edge.</noscript>
</body>
</html>
`;
}
