/**
 * The self-assessment page as built: statements readable without JavaScript, and a JavaScript
 * budget for what loads before a result (Preact and the quiz), with Chart.js kept out of it.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment } from '~/check/loadAssessment';
import { DIST, readPage, resolves } from './dist';

const PAGE = '/asesmen-prima/';
/** Preact and the quiz, gzip; Chart.js comes later, when a result is shown. */
const BUDGET_BEFORE_RESULT = 25 * 1024;

/** `import … from "x"`, `import "x"` and `export … from "x"`, but not `import("x")`. */
const STATIC_IMPORT_RE = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT_RE = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

const fileOf = (url: string) => join(DIST, url.replace(/^\//, ''));
const read = (url: string) => readFileSync(fileOf(url), 'utf8');
const gzipSize = (text: string) => gzipSync(text, { level: 9 }).length;
const resolveFrom = (from: string, specifier: string) => posix.normalize(posix.join(posix.dirname(from), specifier));

function imports(url: string, re: RegExp): string[] {
  return [...read(url).matchAll(re)].map((m) => resolveFrom(url, m[1]!));
}

/** Every module a set of entry modules loads before running: static imports, transitively. */
function staticClosure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    queue.push(...imports(url, STATIC_IMPORT_RE));
  }
  return seen;
}

describe('self-assessment page', () => {
  let doc: Document;
  beforeAll(() => {
    expect(resolves(DIST, PAGE), 'dist/ belum dibangun').toBe(true);
    doc = readPage(DIST, PAGE);
  });

  it('renders every statement as a fieldset of five native radios, readable without JavaScript', () => {
    const data = loadAssessment();
    const fieldsets = [...doc.querySelectorAll('fieldset')];
    expect(fieldsets).toHaveLength(data.statements.length);
    for (const [i, statement] of data.statements.entries()) {
      const fieldset = fieldsets[i]!;
      expect(fieldset.querySelector('legend')?.textContent).toContain(statement.text);
      const radios = [...fieldset.querySelectorAll('input[type="radio"]')];
      expect(radios.map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
      expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
      for (const radio of radios) expect(doc.querySelector(`label[for="${radio.getAttribute('id')}"]`)?.textContent).toBeTruthy();
    }
    const labels = [...fieldsets[0]!.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(data.scale.options.map((o) => o.label));
  });

  it('says that answers stay on the device and that this is not an official assessment', () => {
    const text = doc.querySelector('main')!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Jawaban tetap di perangkat Anda.');
    expect(text).toContain('bukan penilaian resmi');
  });

  it('hydrates the island when the browser is idle', () => {
    const islands = [...doc.querySelectorAll('astro-island')];
    expect(islands).toHaveLength(1);
    expect(islands[0]!.getAttribute('client')).toBe('idle');
  });

  describe('JavaScript', () => {
    let entries: string[];
    let inline: string[];
    let closure: Set<string>;
    beforeAll(() => {
      const island = doc.querySelector('astro-island')!;
      entries = [
        ...[...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
        ...['component-url', 'renderer-url', 'before-hydration-url'].map((a) => island.getAttribute(a)).filter((u): u is string => !!u),
      ];
      inline = [...doc.querySelectorAll('script:not([src])')]
        .filter((s) => s.getAttribute('type') !== 'application/ld+json')
        .map((s) => s.textContent ?? '');
      closure = staticClosure(entries);
    });

    it(`loads at most ${BUDGET_BEFORE_RESULT / 1024} KB gzip before a result is shown`, () => {
      const sizes = [...closure].map((url) => ({ url, gzip: gzipSize(read(url)) }));
      const total = sizes.reduce((sum, s) => sum + s.gzip, 0) + inline.reduce((sum, code) => sum + gzipSize(code), 0);
      expect(closure.size).toBeGreaterThan(2);
      expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(BUDGET_BEFORE_RESULT);
    });

    it('imports the chart module only dynamically, with no Chart.js part the site never uses', () => {
      const dynamic = [...closure].flatMap((url) => imports(url, DYNAMIC_IMPORT_RE));
      const chartClosure = staticClosure(dynamic);
      const chartCode = [...chartClosure].map(read).join('\n');
      expect(chartCode).toContain('radialLinear');
      for (const url of closure) expect(read(url), url).not.toContain('radialLinear');
      // Chart.js is one module, so the chunk it lands in holds the union of what the two islands
      // register (radar here, line and doughnut for donations); chart.js/auto would add these too.
      for (const unused of ['polarArea', 'bubble', 'scatter']) expect(chartCode).not.toContain(unused);
    });
  });
});
