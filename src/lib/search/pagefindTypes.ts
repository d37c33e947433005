/** The part of Pagefind's browser API (pagefind.js, served from the build) that the site uses. */

export interface PagefindResultData {
  url: string;
  /** Escaped page text with matches wrapped in <mark>; render through `excerptParts`, never as HTML. */
  excerpt: string;
  meta: Partial<Record<'title' | 'date' | 'image' | 'image_alt', string>>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearchResponse | null>;
}
