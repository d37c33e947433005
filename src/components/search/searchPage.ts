/**
 * Brings the /cari/ form to life: reads the search from the URL, runs it with Pagefind's own
 * JavaScript API, and renders the results. Everything from the index or the query reaches the
 * page as text nodes (textContent, <mark> built from `excerptParts`), never as HTML.
 */
import { formatDate } from '~/vocab/dates';
import type { PagefindApi, PagefindResult, PagefindResultData } from '~/lib/search/pagefindTypes';
import { excerptParts } from '~/lib/search/searchExcerpt';
import {
  PAGEFIND_DIR,
  hasFilters,
  parseSearchParams,
  serializeSearchState,
  toPagefindFilters,
  toPagefindSort,
  type SearchState,
} from '~/lib/search/searchState';

/** Results are listed a page at a time. */
const RESULTS_PER_PAGE = 10;
/**
 * Each card costs a request for its excerpt, so it is fetched only once the card is on the screen
 * or within half a screen below it: on a desktop the first screen shows about two results.
 */
const LOAD_AHEAD = 0.5;

type Status = 'idle' | 'loading' | 'ready' | 'unavailable';

let pagefindPromise: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    // A runtime URL, so the bundler leaves it alone: the file only exists once the index is built.
    const url = `/${PAGEFIND_DIR}/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // No worker: it would fetch a second copy of Pagefind's code (about 43 KB), and searching a few
    // thousand pages is quick enough on the main thread.
    await api.options({ excerptLength: 24, noWorker: true });
    await api.init();
    return api;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

/** Creates an element with text-only children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function resultCard({ url, meta, filters, excerpt }: PagefindResultData): HTMLElement {
  const date = meta.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
  const metaLine = el('p', { class: 'meta' }, el('span', { class: 'kind' }, filters['jenis']?.[0] ?? 'Halaman'));
  if (date) metaLine.append(el('span', { 'aria-hidden': 'true' }, ' · '), el('time', { datetime: date }, formatDate(new Date(date))));
  const body = el(
    'div',
    { class: 'body' },
    el('h2', { class: 'title' }, el('a', { href: url }, meta.title ?? url)),
    metaLine,
    el('p', { class: 'excerpt' }, ...excerptParts(excerpt).map((p) => (p.marked ? el('mark', {}, p.text) : p.text))),
  );
  const card = el('article', { class: 'result' });
  // Pagefind falls back to any image on the page; only an article's own hero carries alt text.
  if (meta.image && meta.image_alt) {
    card.append(el('img', { class: 'thumb', src: meta.image, alt: meta.image_alt, loading: 'lazy', width: '192', height: '108' }));
  }
  card.append(body);
  return card;
}

export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const statusText = root.querySelector<HTMLElement>('[data-status-text]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const clearItem = root.querySelector<HTMLElement>('[data-clear-filters-item]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;

  let state = parseSearchParams(new URLSearchParams(location.search));
  let matches: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const fromForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.set(key, value);
    return parseSearchParams(params);
  };

  const fill = () => {
    input.value = state.q;
    for (const key of ['jenis', 'pilar', 'topik', 'tahun'] as const) select(key).value = state[key] ?? '';
    select('urut').value = state.urut === 'relevansi' ? '' : state.urut;
  };

  const setStatus = (status: Status, text: string) => {
    root.dataset['status'] = status;
    statusText.textContent = text;
  };

  // Cards on the list whose excerpt is not fetched yet, with the result each will show.
  const pending = new Map<HTMLLIElement, PagefindResult>();
  const load = async (item: HTMLLIElement): Promise<void> => {
    const result = pending.get(item);
    if (!result) return;
    pending.delete(item);
    nearScreen.unobserve(item);
    const id = run;
    let card: HTMLElement;
    try {
      card = resultCard(await result.data());
    } catch {
      card = el('p', { class: 'result-error' }, 'Hasil ini tidak dapat dimuat. Muat ulang halaman untuk mencoba lagi.');
    }
    if (id !== run) return;
    item.replaceChildren(card);
    delete item.dataset['pending'];
  };
  const nearScreen = new IntersectionObserver(
    (entries) => entries.forEach((entry) => entry.isIntersecting && void load(entry.target as HTMLLIElement)),
    { rootMargin: `0px 0px ${LOAD_AHEAD * 100}% 0px` },
  );
  const isNearScreen = (item: HTMLElement) => item.getBoundingClientRect().top < innerHeight * (1 + LOAD_AHEAD);
  // A keyboard user entering the list gets every card of it, so Tab never skips one still loading.
  list.addEventListener('focusin', () => pending.forEach((_, item) => void load(item)));

  const showMore = async (focusFirst: boolean) => {
    const items = matches.slice(shown, shown + RESULTS_PER_PAGE).map((result) => {
      // The placeholder holds a card's height, so nothing below it moves when the card arrives.
      const item = el('li', { 'data-pending': '' }, el('p', { class: 'placeholder' }, 'Memuat…'));
      pending.set(item, result);
      nearScreen.observe(item);
      return item;
    });
    list.append(...items);
    shown += items.length;
    const left = matches.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Tampilkan ${Math.min(RESULTS_PER_PAGE, left)} hasil berikutnya`;
    const first = items[0];
    await Promise.all([...(focusFirst && first ? [load(first)] : []), ...items.filter(isNearScreen).map(load)]);
    // After "show more", keyboard and screen reader users continue at the first new result.
    if (focusFirst) first?.querySelector('a')?.focus();
  };

  const search = async () => {
    const id = ++run;
    const quoted = `“${state.q}”`;
    matches = [];
    shown = 0;
    pending.clear();
    nearScreen.disconnect();
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    if (!state.q) {
      setStatus('idle', 'Ketik kata kunci, misalnya “pelayanan” atau “PSR”, lalu tekan Cari.');
      return;
    }
    setStatus('loading', `Mencari ${quoted}…`);
    try {
      const api = await loadPagefind();
      const sort = toPagefindSort(state);
      const response = await api.search(state.q, { filters: toPagefindFilters(state), ...(sort ? { sort } : {}) });
      if (!response || id !== run) return;
      matches = response.results;
      await showMore(false);
      if (id !== run) return;
      if (matches.length === 0) {
        clearItem.hidden = !hasFilters(state);
        empty.hidden = false;
        setStatus('ready', `Tidak ada tulisan yang cocok dengan ${quoted}${hasFilters(state) ? ' dan saringan yang dipilih' : ''}.`);
      } else {
        setStatus('ready', `${matches.length} hasil untuk ${quoted}${state.urut === 'terbaru' ? ', terbaru dulu' : ''}.`);
      }
    } catch (error) {
      if (id !== run) return;
      if (import.meta.env.DEV) console.warn('Indeks pencarian tidak dapat dimuat. Jalankan `npm run build` dulu.', error);
      setStatus(
        'unavailable',
        import.meta.env.DEV
          ? 'Indeks pencarian belum ada di mode pengembangan. Jalankan `npm run build`, lalu muat ulang halaman ini.'
          : 'Pencarian sedang tidak dapat dimuat. Periksa sambungan internet Anda, lalu muat ulang halaman ini.',
      );
    }
  };

  const go = (next: SearchState) => {
    state = next;
    const url = `${location.pathname}${serializeSearchState(next)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    fill();
    void search();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(fromForm());
  });
  // Filters apply at once: the results update in place, which is no change of context.
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) go(fromForm());
  });
  root.querySelector('[data-clear-filters]')!.addEventListener('click', () => {
    go({ q: state.q, urut: state.urut });
    input.focus();
  });
  more.addEventListener('click', () => void showMore(true));
  addEventListener('popstate', () => {
    state = parseSearchParams(new URLSearchParams(location.search));
    fill();
    void search();
  });

  fill();
  void search();
}
