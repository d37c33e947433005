/**
 * Shared setup for browser tests: Debian's Chromium driven by playwright-core (browser downloads
 * are impossible on these machines), an axe-core sweep, and a watch for CSP violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate() is not subject to the page's CSP, so the page keeps its real policy while tested.
  await page.evaluate(axeSource);
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
