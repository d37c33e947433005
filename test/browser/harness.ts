/**
 * Shared setup for browser tests: the suite's Chromium (scripts/chromium.mjs), an axe-core sweep, and a
 * watch for CSP violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';

export const VIEWPORTS = {
  phone: { width: 375, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;

/** One page of each type the site has. */
export const PAGE_TYPES = [
  ['home', '/'],
  ['berita', '/berita/festival-asn-2025-asn-charity-semarang/'],
  ['opini', '/opini/lima-pilar-asn-prima/'],
  ['listing', '/berita/'],
  ['pillar index', '/pilar/'],
  ['pillar', '/pilar/melayani/'],
  ['topic', '/topik/psr/'],
  ['tag', '/tag/semarang/'],
  ['author', '/penulis/redaksi/'],
  ['page', '/tentang/'],
  ['psr', '/psr/'],
  ['404', '/tidak-ada/'],
] as const;

/** The page types above plus the interactive ones, whose own suites run axe on them. */
export const ALL_PAGE_TYPES: readonly (readonly [string, string])[] = [
  ...PAGE_TYPES,
  ['asesmen', '/asesmen-prima/'],
  ['riwayat asesmen', '/asesmen-prima/riwayat/'],
  ['rekap tim', '/asesmen-prima/tim/'],
  ['cari', '/cari/?q=pelayanan'],
  ['donasi', '/donasi/'],
  ['kampanye', '/donasi/asn-charity-2025/'],
];

export const siteUrl = (path = '/') => new URL(path, inject('siteUrl')).href;
export const corpusUrl = (path = '/') => new URL(path, inject('corpusUrl')).href;

/**
 * The suite's Chromium, started once by ./globalSetup.ts: each file connects to it instead of
 * starting one of its own (about 0.9 s per file here, against some 50 ms). `close()` on what this
 * returns closes the file's contexts and disconnects; the browser goes on for the next file.
 */
export function launch(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

export interface Watched {
  page: Page;
  /** Console errors and CSP violations seen so far, and requests to any origin but the site's. */
  errors: string[];
  foreignRequests: string[];
}

/** Opens a page in a fresh context and records errors and requests that leave the site. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ locale: 'id-ID', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
      foreignRequests.push(r.url());
  });
  return { page, errors, foreignRequests };
}

/**
 * One page reused by every test of the describe block this is called in, for tests that only read
 * pages: opened before the first, closed after the last, its records emptied before each. A new
 * context per test costs a renderer process and a cold cache, more than most such tests themselves
 * on these two-core machines. `getBrowser` is read when the block starts, after the file's own
 * `beforeAll` launched it (a file that skips its tests may launch none).
 */
export function sharedPage(getBrowser: () => Browser | undefined, options: BrowserContextOptions = {}): () => Watched {
  let watched: Watched | undefined;
  beforeAll(async () => {
    const browser = getBrowser();
    if (browser) watched = await openPage(browser, options);
  });
  beforeEach(() => {
    watched?.errors.splice(0);
    watched?.foreignRequests.splice(0);
  });
  afterAll(async () => {
    await watched?.page.context().close();
  });
  return () => {
    if (!watched) throw new Error('sharedPage: the page was not opened (did the browser launch?)');
    return watched;
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Axe's source as a function of the page's own, defined before the page's scripts run and only
 * called when axe is wanted: an init script, which the browser hands to every new document of a
 * context without a trip through the test's connection. Handed over per page load, the 500 KB
 * source took 0.2 to 0.35 s each time here, about twice an axe run.
 */
const AXE_IN_PAGE = `Object.defineProperty(window, '__axeSource', { value: function () {\n${axeSource}\n} });`;
const contextsWithAxe = new WeakSet<BrowserContext>();

/** Makes `window.axe` exist on the page, and gives the page's later documents axe's source ahead. */
async function ensureAxe(page: Page): Promise<void> {
  // evaluate() is not subject to the page's CSP, so the page keeps its real policy while tested.
  // A page that already has axe keeps it; one given the source ahead runs it, in the same call that
  // asks. Otherwise the source goes over, evaluated inside a function so it leaves nothing to hand back.
  const present = await page.evaluate(() => {
    const w = window as unknown as { axe?: unknown; __axeSource?: () => void };
    if (!w.axe) w.__axeSource?.();
    return !!w.axe;
  });
  if (!present)
    await page.evaluate((source) => {
      (0, eval)(source);
    }, axeSource);
  const context = page.context();
  if (!contextsWithAxe.has(context)) {
    contextsWithAxe.add(context);
    await context.addInitScript({ content: AXE_IN_PAGE });
  }
}

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await ensureAxe(page);
  return page.evaluate(async () => {
    interface Violation {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/**
 * Loads `url` in light, makes it ready with `ready` (charts drawn, results shown), runs axe, then
 * switches the same page to dark and runs axe again. The site follows the reader's scheme as it
 * changes (`light-dark()` colours, the toggle and the charts listen for the change), so the page in
 * dark is the page a reader arriving in dark sees; a second load for it cost a navigation and
 * axe's 500 KB source handed over again, for the same styles. The switch is checked before each run.
 */
export async function axeInBothSchemes(
  page: Page,
  url: string,
  ready: (page: Page) => Promise<unknown> = async () => undefined,
): Promise<Record<ColorScheme, AxeViolation[]>> {
  const found = {} as Record<ColorScheme, AxeViolation[]>;
  await page.emulateMedia({ colorScheme: COLOR_SCHEMES[0] });
  await page.goto(url);
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (dark !== (colorScheme === 'dark')) throw new Error(`axeInBothSchemes: the page is not in ${colorScheme}`);
    await ready(page);
    found[colorScheme] = await axeViolations(page);
  }
  return found;
}

/** What `axeInBothSchemes` returns for a page that passes. */
export const NO_VIOLATIONS: Record<ColorScheme, AxeViolation[]> = { light: [], dark: [] };
