/**
 * The search on /cari/: a form whose query, filters and sort live in the URL, and the results.
 * Rendered on the server as a plain GET form, so it submits to the same page without JavaScript;
 * once hydrated it loads Pagefind from the build's index and searches in place.
 */
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '~/lib/dates';
import type { PagefindApi, PagefindResult, PagefindResultData } from '~/lib/pagefindTypes';
import { excerptParts } from '~/lib/searchExcerpt';
import {
  EMPTY_SEARCH,
  KIND_LABELS,
  KIND_SLUGS,
  MAX_QUERY_LENGTH,
  PAGEFIND_DIR,
  PILLAR_OPTIONS,
  TOPIC_LABELS,
  clampQuery,
  hasFilters,
  parseSearchParams,
  serializeSearchState,
  toPagefindFilters,
  toPagefindSort,
  type SearchState,
} from '~/lib/searchState';
import { TOPIC_SLUGS } from '~/lib/taxonomy';
import './SearchPage.css';

/** Results are fetched a page at a time: each one costs a request for its excerpt. */
const RESULTS_PER_PAGE = 10;

type Status = 'idle' | 'loading' | 'ready' | 'unavailable';

let pagefindPromise: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    // A runtime URL, so the bundler leaves it alone: the file only exists after the index is built.
    const url = `/${PAGEFIND_DIR}/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 24 });
    await api.init();
    return api;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

const readLocation = (): SearchState => parseSearchParams(new URLSearchParams(location.search));

export default function SearchPage() {
  const [state, setState] = useState<SearchState>(EMPTY_SEARCH);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [matches, setMatches] = useState<PagefindResult[]>([]);
  const [shown, setShown] = useState<PagefindResultData[]>([]);
  const [years, setYears] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const run = useRef(0);
  const firstNew = useRef<HTMLAnchorElement>(null);
  const focusFirstNew = useRef(false);

  // Take the search from the URL, and again whenever the reader goes back or forward.
  useEffect(() => {
    const sync = () => {
      const next = readLocation();
      setState(next);
      setDraft(next.q);
    };
    sync();
    setHydrated(true);
    addEventListener('popstate', sync);
    return () => removeEventListener('popstate', sync);
  }, []);

  useEffect(() => {
    if (!hydrated) return;
    const id = ++run.current;
    const current = () => id === run.current;
    setMatches([]);
    setShown([]);
    if (!state.q) {
      setStatus('idle');
      return;
    }
    setStatus('loading');
    (async () => {
      try {
        const api = await loadPagefind();
        if (years.length === 0) {
          const all = await api.filters();
          if (current()) setYears(Object.keys(all['tahun'] ?? {}).sort().reverse());
        }
        const filters = toPagefindFilters(state);
        const sort = toPagefindSort(state);
        const response = await api.search(state.q, { filters, ...(sort ? { sort } : {}) });
        if (!response || !current()) return;
        const first = await Promise.all(response.results.slice(0, RESULTS_PER_PAGE).map((r) => r.data()));
        if (!current()) return;
        setMatches(response.results);
        setShown(first);
        setStatus('ready');
      } catch (error) {
        if (!current()) return;
        if (import.meta.env.DEV) console.warn('Indeks pencarian tidak dapat dimuat. Jalankan `npm run build` dulu.', error);
        setStatus('unavailable');
      }
    })();
  }, [state, hydrated]);

  useEffect(() => {
    if (!focusFirstNew.current) return;
    focusFirstNew.current = false;
    firstNew.current?.focus();
  }, [shown]);

  const go = (next: SearchState) => {
    const url = `${location.pathname}${serializeSearchState(next)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    setState(next);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const q = clampQuery(draft);
    setDraft(q);
    go({ ...state, q });
  };

  const change = (key: 'jenis' | 'pilar' | 'topik' | 'tahun' | 'urut') => (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    // Re-parse through the URL rules so a select can never smuggle in a value the URL would reject.
    const params = new URLSearchParams(serializeSearchState({ ...state, q: draft || state.q }));
    if (value) params.set(key, value);
    else params.delete(key);
    go(parseSearchParams(params));
  };

  const showMore = async () => {
    const id = run.current;
    const next = await Promise.all(matches.slice(shown.length, shown.length + RESULTS_PER_PAGE).map((r) => r.data()));
    if (id !== run.current) return;
    focusFirstNew.current = true;
    setShown([...shown, ...next]);
  };

  const firstNewIndex = shown.length > RESULTS_PER_PAGE ? Math.floor((shown.length - 1) / RESULTS_PER_PAGE) * RESULTS_PER_PAGE : -1;

  return (
    <div class="search-page">
      <form class="search-form" action="/cari/" method="get" role="search" onSubmit={onSubmit}>
        <div class="query">
          <label for="search-query">Kata kunci</label>
          <div class="query-row">
            <input
              id="search-query"
              name="q"
              type="search"
              value={draft}
              maxLength={MAX_QUERY_LENGTH}
              autocomplete="off"
              enterkeyhint="search"
              onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit">Cari</button>
          </div>
        </div>
        <fieldset class="filters">
          <legend>Saring dan urutkan</legend>
          <Select name="jenis" label="Jenis" value={state.jenis} onChange={change('jenis')}
            options={KIND_SLUGS.map((slug) => [slug, KIND_LABELS[slug]])} />
          <Select name="pilar" label="Pilar" value={state.pilar} onChange={change('pilar')}
            options={PILLAR_OPTIONS.map((p) => [p.slug, p.label])} />
          <Select name="topik" label="Topik" value={state.topik} onChange={change('topik')}
            options={TOPIC_SLUGS.map((slug) => [slug, TOPIC_LABELS[slug]])} />
          <Select name="tahun" label="Tahun" value={state.tahun} onChange={change('tahun')}
            options={(state.tahun && !years.includes(state.tahun) ? [state.tahun, ...years] : years).map((y) => [y, y])} />
          <Select name="urut" label="Urutan" value={state.urut === 'relevansi' ? undefined : state.urut}
            onChange={change('urut')} allLabel="Paling relevan" options={[['terbaru', 'Terbaru dulu']]} />
        </fieldset>
      </form>

      <p class="status" role="status">
        <StatusText status={status} state={state} count={matches.length} />
      </p>

      {status === 'ready' && matches.length === 0 && (
        <div class="empty">
          <p>Saran:</p>
          <ul>
            <li>Periksa ejaan kata kunci.</li>
            <li>Coba kata yang lebih umum atau lebih sedikit kata.</li>
            {hasFilters(state) && (
              <li>
                <button type="button" class="link-button" onClick={() => go({ ...EMPTY_SEARCH, q: state.q, urut: state.urut })}>
                  Hapus semua saringan
                </button>
              </li>
            )}
          </ul>
        </div>
      )}

      {shown.length > 0 && (
        <ol class="results">
          {shown.map((result, i) => (
            <li key={result.url}>
              <ResultCard result={result} linkRef={i === firstNewIndex ? firstNew : null} />
            </li>
          ))}
        </ol>
      )}

      {shown.length < matches.length && (
        <button type="button" class="more" onClick={showMore}>
          Tampilkan {Math.min(RESULTS_PER_PAGE, matches.length - shown.length)} hasil berikutnya
        </button>
      )}
    </div>
  );
}

interface SelectProps {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
  onChange: (event: Event) => void;
  allLabel?: string;
}

function Select({ name, label, value, options, onChange, allLabel = 'Semua' }: SelectProps) {
  const id = `search-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value ?? ''} onChange={onChange}>
        <option value="">{allLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function StatusText({ status, state, count }: { status: Status; state: SearchState; count: number }) {
  const quoted = `“${state.q}”`;
  switch (status) {
    case 'idle':
      return <>Ketik kata kunci, misalnya “pelayanan” atau “PSR”, lalu tekan Cari.</>;
    case 'loading':
      return <>Mencari {quoted}…</>;
    case 'unavailable':
      return import.meta.env.DEV ? (
        <>Indeks pencarian belum ada di mode pengembangan. Jalankan <code>npm run build</code>, lalu muat ulang halaman ini.</>
      ) : (
        <>Pencarian sedang tidak dapat dimuat. Periksa sambungan internet Anda, lalu muat ulang halaman ini.</>
      );
    case 'ready':
      return count === 0 ? (
        <>Tidak ada tulisan yang cocok dengan {quoted}{hasFilters(state) ? ' dan saringan yang dipilih' : ''}.</>
      ) : (
        <>{count} hasil untuk {quoted}{state.urut === 'terbaru' ? ', terbaru dulu' : ''}.</>
      );
  }
}

function ResultCard({ result, linkRef }: { result: PagefindResultData; linkRef: Ref<HTMLAnchorElement> }) {
  const { meta, filters } = result;
  const kind = filters['jenis']?.[0] ?? 'Halaman';
  const date = meta.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : undefined;
  return (
    <article class="result">
      {meta.image && <img class="thumb" src={meta.image} alt={meta.image_alt ?? ''} loading="lazy" width={192} height={108} />}
      <div class="body">
        <h2 class="title">
          <a href={result.url} ref={linkRef}>
            {meta.title ?? result.url}
          </a>
        </h2>
        <p class="meta">
          <span class="kind">{kind}</span>
          {date && (
            <>
              <span aria-hidden="true"> · </span>
              <time dateTime={date}>{formatDate(new Date(date))}</time>
            </>
          )}
        </p>
        <p class="excerpt">
          {excerptParts(result.excerpt).map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}
        </p>
      </div>
    </article>
  );
}
