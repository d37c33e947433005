/**
 * The state of a search as it lives in the URL of /cari/ (`?q=pelayanan&jenis=opini&urut=terbaru`),
 * so a search can be shared, bookmarked and restored by the back button. Values in the URL are
 * slugs; the index stores display labels, and `toPagefindFilters` maps one to the other.
 */
// Only slugs, guards and labels: tree-shaking keeps the pillar texts out of the search script.
import { KIND_LABELS, isArticleKind, type ArticleKind } from '../../vocab/kinds.ts';
import { PILLAR_LABELS, TOPIC_LABELS, isPillarSlug, isTopicSlug, type PillarSlug, type TopicSlug } from '../../vocab/taxonomy.ts';

/** Folder of the search index inside the build output, and where the browser finds it. */
export const PAGEFIND_DIR = 'pagefind';
/** Longer queries are cut here: no real query is this long, and a huge one only burdens the index. */
export const MAX_QUERY_LENGTH = 100;

export const SORT_ORDERS = ['relevansi', 'terbaru'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  /** The query, already clamped and with whitespace collapsed; '' means no search. */
  q: string;
  jenis?: ArticleKind | undefined;
  pilar?: PillarSlug | undefined;
  topik?: TopicSlug | undefined;
  /** Publication year, four digits. */
  tahun?: string | undefined;
  urut: SortOrder;
}

export const EMPTY_SEARCH: SearchState = { q: '', urut: 'relevansi' };

/** Pillar display names by slug, as the pages write them into the index. */
export type PillarLabels = Readonly<Record<PillarSlug, string>>;

/**
 * The filters of the index and the label each slug is stored under. Pages write them with
 * `indexFilter` and searches ask for them with `toPagefindFilters`, so the two cannot drift apart.
 */
export const FILTER_LABELS = { jenis: KIND_LABELS, pilar: PILLAR_LABELS, topik: TOPIC_LABELS } as const;
type FilterName = keyof typeof FILTER_LABELS;

/** A `data-pagefind-filter` value: `pilar:Melayani`. */
export function indexFilter<N extends FilterName>(name: N, slug: keyof (typeof FILTER_LABELS)[N]): string {
  return `${name}:${(FILTER_LABELS[name] as Record<typeof slug, string>)[slug]}`;
}

/**
 * Collapses whitespace and cuts the query to MAX_QUERY_LENGTH characters, counting code points
 * so an emoji is never split into half a surrogate pair.
 */
export function clampQuery(raw: string): string {
  const collapsed = raw.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(collapsed);
  return chars.length <= MAX_QUERY_LENGTH ? collapsed : chars.slice(0, MAX_QUERY_LENGTH).join('').trim();
}

const isSort = (v: unknown): v is SortOrder => typeof v === 'string' && (SORT_ORDERS as readonly string[]).includes(v);
const isYear = (v: unknown): v is string => typeof v === 'string' && /^(19|20)\d\d$/.test(v);

/** Reads a search from URL parameters; unknown or malformed values are dropped, never trusted. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const jenis = params.get('jenis');
  const pilar = params.get('pilar');
  const topik = params.get('topik');
  const tahun = params.get('tahun');
  const urut = params.get('urut');
  return {
    q: clampQuery(params.get('q') ?? ''),
    jenis: isArticleKind(jenis) ? jenis : undefined,
    pilar: isPillarSlug(pilar) ? pilar : undefined,
    topik: isTopicSlug(topik) ? topik : undefined,
    tahun: isYear(tahun) ? tahun : undefined,
    urut: isSort(urut) ? urut : 'relevansi',
  };
}

/** The query string for a search, in a fixed order and without defaults, so equal searches share one URL. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = clampQuery(state.q);
  if (q) params.set('q', q);
  if (state.jenis) params.set('jenis', state.jenis);
  if (state.pilar) params.set('pilar', state.pilar);
  if (state.topik) params.set('topik', state.topik);
  if (state.tahun) params.set('tahun', state.tahun);
  if (state.urut !== 'relevansi') params.set('urut', state.urut);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filters to hand Pagefind, keyed by the filter names the layouts use. */
export function toPagefindFilters(state: SearchState, pillarLabels: PillarLabels = FILTER_LABELS.pilar): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.jenis) filters['jenis'] = FILTER_LABELS.jenis[state.jenis];
  if (state.pilar) filters['pilar'] = pillarLabels[state.pilar];
  if (state.topik) filters['topik'] = FILTER_LABELS.topik[state.topik];
  if (state.tahun) filters['tahun'] = state.tahun;
  return filters;
}

/** Pagefind's sort option: newest first by the `tanggal` sort key, or its own relevance order. */
export function toPagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  return state.urut === 'terbaru' ? { tanggal: 'desc' } : undefined;
}

/** True when any filter narrows the search. */
export const hasFilters = (state: SearchState) => Boolean(state.jenis || state.pilar || state.topik || state.tahun);
