/**
 * The three self-assessment pages as built: the JavaScript each loads before a chart is drawn
 * (budget 25 KB gzip), Chart.js reached only through a dynamic import, and the server-rendered
 * markup the islands start from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPage, resolves } from './dist';
import { dynamicImports, pageScripts, readScript, staticClosure, type PageScripts } from './pageScripts';

/** Preact and the page's island, gzip; Chart.js comes later, when there is something to draw. */
const BUDGET_BEFORE_CHART = 25 * 1024;

/** Registration ids of the two chart kinds, as they survive minification. */
const RADAR = /id=.radialLinear./;
const LINE = /static id=.line./;

const PAGES = [
  ['asesmen', '/asesmen-prima/', RADAR],
  ['riwayat', '/asesmen-prima/riwayat/', LINE],
  ['tim', '/asesmen-prima/tim/', RADAR],
] as const;

describe.each(PAGES)('%s page (%s)', (_name, path, chartPart) => {
  let doc: Document;
  let scripts: PageScripts;
  beforeAll(() => {
    expect(resolves(DIST, path), 'dist/ belum dibangun').toBe(true);
    doc = readPage(DIST, path);
    scripts = pageScripts(doc);
  });

  it(`loads at most ${BUDGET_BEFORE_CHART / 1024} KB gzip of JavaScript before a chart is drawn`, () => {
    expect(scripts.modules.size).toBeGreaterThan(2);
    expect(scripts.gzip, JSON.stringify(scripts.sizes)).toBeLessThanOrEqual(BUDGET_BEFORE_CHART);
  });

  it('reaches Chart.js only through a dynamic import, with no chart type the site never uses', () => {
    const chartCode = [...staticClosure(dynamicImports(scripts.modules))].map(readScript).join('\n');
    expect(chartPart.test(chartCode), `${String(chartPart)} in a lazily loaded module`).toBe(true);
    for (const url of scripts.modules) expect(RADAR.test(readScript(url)) || LINE.test(readScript(url)), `Chart.js in ${url}`).toBe(false);
    // Chart.js is one module, so its chunk holds the union of what the site registers; chart.js/auto would add these.
    for (const unused of ['polarArea', 'bubble', 'scatter']) expect(chartCode.includes(unused), unused).toBe(false);
  });

  it('hydrates one island when the browser is idle', () => {
    const islands = [...doc.querySelectorAll('astro-island')];
    expect(islands).toHaveLength(1);
    expect(islands[0]!.getAttribute('client')).toBe('idle');
  });

  it('links the three assessment pages to each other, marking this one', () => {
    const nav = doc.querySelector('nav[aria-label="Bagian asesmen"]')!;
    expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(PAGES.map(([, p]) => p));
    expect(nav.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe(path);
  });
});
