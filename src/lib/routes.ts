/**
 * The site's fixed routes: path, the label readers see, and where every page links to it. The
 * header, the footer, `urls.ts`, robots.txt and the pages' own links read this list, so a route is
 * renamed in one place. Paths end with a slash (`trailingSlash: 'always'`), files excepted.
 */
import { CORRECTIONS_EMAIL } from '../consts.ts';
import { KIND_LABELS } from '../vocab/kinds.ts';

/** Site-wide navigation that links a route from every page. */
export type Place = 'header' | 'footer';

export interface Route {
  path: string;
  label: string;
  /** Places that link it, with the label used there when it differs from `label`. */
  shows?: Partial<Record<Place, true | string>>;
}

/** In the order the header and the footer list them. */
export const ROUTES = {
  home: { path: '/', label: 'Beranda' },
  berita: { path: '/berita/', label: KIND_LABELS.berita, shows: { header: true } },
  opini: { path: '/opini/', label: KIND_LABELS.opini, shows: { header: true } },
  pillars: { path: '/pilar/', label: 'Pilar PRIMA', shows: { header: true } },
  psr: { path: '/psr/', label: 'PSR', shows: { header: true } },
  campaigns: { path: '/donasi/', label: 'Donasi', shows: { header: true } },
  assessment: { path: '/asesmen-prima/', label: 'Asesmen', shows: { header: true } },
  assessmentHistory: { path: '/asesmen-prima/riwayat/', label: 'Riwayat asesmen' },
  teamRecap: { path: '/asesmen-prima/tim/', label: 'Rekap tim' },
  about: { path: '/tentang/', label: 'Tentang', shows: { header: true, footer: 'Tentang kami' } },
  corrections: { path: `mailto:${CORRECTIONS_EMAIL}`, label: 'Kirim koreksi', shows: { footer: true } },
  rss: { path: '/rss.xml', label: 'RSS', shows: { footer: true } },
  search: { path: '/cari/', label: 'Pencarian', shows: { footer: true } },
  sitemap: { path: '/sitemap-index.xml', label: 'Peta situs' },
} as const satisfies Record<string, Route>;

/** The links of one place, in order, each with the label it has there. */
export function routesIn(place: Place): { path: string; label: string }[] {
  return Object.values(ROUTES as Record<string, Route>).flatMap((route) => {
    const shown = route.shows?.[place];
    return shown === undefined ? [] : [{ path: route.path, label: shown === true ? route.label : shown }];
  });
}
