/** Small helpers for browser tests of interactive pages: waiting for Preact, reading text, layout shift. */
import type { BrowserContext, Download, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Preact renders a tick after an event; retry an assertion until it holds or 5 s pass. */
export async function eventually(assertion: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * The bytes of a finished download. Read as a stream: the suite's browser is connected to, not
 * started by the test (./harness.ts, launch), and a connected browser's download has no local path.
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The text of the first match, with runs of white space made single spaces. */
export const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Focus moves in an effect after Preact renders, a frame after the click: wait for it. */
export async function expectFocusOn(page: Page, id: string): Promise<void> {
  await page.waitForFunction((target) => document.activeElement?.id === target, id, { timeout: 5_000 }).catch(() => undefined);
  await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.toBe(id);
}

/**
 * Sums every layout shift not caused by input, from the first paint on, as Lighthouse's CLS
 * does for a page that is only loaded. Call before the first navigation; read with `layoutShift`.
 */
export async function recordLayoutShift(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __shift: number; __shifts: string[] };
    w.__shift = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        w.__shift += entry.value;
        const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)));
        w.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(' ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function layoutShift(page: Page): Promise<{ total: number; shifts: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __shift: number; __shifts: string[] };
    return { total: w.__shift, shifts: w.__shifts };
  });
}

/** Makes every read of `localStorage` throw, as blocked cookies or a sandboxed frame do. */
export async function refuseStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}
