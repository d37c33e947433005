import type { APIContext } from 'astro';
import { ROUTES } from '~/lib/routes';

export function GET(context: APIContext) {
  const sitemap = new URL(ROUTES.sitemap.path, context.site);
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${ROUTES.search.path}\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
