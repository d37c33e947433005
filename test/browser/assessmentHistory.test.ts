/**
 * The history page in a real browser: the saved results as chart and table with their changes,
 * delete and undo, export then clear then import (with the question before anything is replaced),
 * hostile files and storage (corrupted, full), and an axe sweep in both themes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_STORAGE_KEY, type HistoryEntry } from '~/lib/assessment/history';
import { EXPORT_FORMAT } from '~/lib/assessment/historyFile';
import { axeViolations, launch, openPage, siteUrl, VIEWPORTS } from './harness';
import { downloaded, eventually, expectFocusOn, text } from './pageHelpers';

const PAGE = '/asesmen-prima/riwayat/';
const entry = (takenAt: string, p: number, r: number, i: number, m: number, a: number): HistoryEntry => ({
  takenAt,
  scores: { profesional: p, responsif: r, inovatif: i, melayani: m, akuntabel: a },
});
// Indices 70, 72 and 75 (means of the five, rounded half up).
const HISTORY = [
  entry('2025-01-10T02:00:00.000Z', 50, 60, 70, 80, 90),
  entry('2025-04-12T02:00:00.000Z', 58, 57, 70, 85, 90),
  entry('2025-07-01T02:00:00.000Z', 65, 60, 75, 80, 95),
];
const record = (results: unknown) => JSON.stringify({ version: 1, results });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openWith(stored: string | null, options: Parameters<typeof openPage>[1] = {}) {
  const watched = await openPage(browser, options);
  if (stored !== null)
    await watched.page.context().addInitScript(
      ([key, value]) => {
        // Only on the first load, so a reload shows what the page itself saved.
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [HISTORY_STORAGE_KEY, stored],
    );
  await watched.page.goto(siteUrl(PAGE));
  await hydrated(watched.page);
  return watched;
}

/** The toolbar is disabled in the server render and enabled by hydration. */
const hydrated = (page: Page) => page.locator('.riwayat-toolbar button:has-text("Impor"):not([disabled])').waitFor();
const rowDates = (page: Page) => page.locator('#riwayat-tabel tbody th').allTextContents();
const cell = (page: Page, takenAt: string, name: string) => text(page, `tr[data-taken-at="${takenAt}"] [data-cell="${name}"]`);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), HISTORY_STORAGE_KEY);

describe('the history page', () => {
  it('shows every saved result newest first, with the change from the one before, in a table and a chart', async () => {
    const { page, errors, foreignRequests } = await openWith(record(HISTORY));
    await expect(rowDates(page)).resolves.toEqual(['1 Juli 2025', '12 April 2025', '10 Januari 2025']);
    await expect(cell(page, HISTORY[2]!.takenAt, 'index')).resolves.toBe('75 ▲ 3 (naik 3)');
    await expect(cell(page, HISTORY[1]!.takenAt, 'index')).resolves.toBe('72 ▲ 2 (naik 2)');
    await expect(cell(page, HISTORY[1]!.takenAt, 'responsif')).resolves.toBe('57 ▼ 3 (turun 3)');
    await expect(cell(page, HISTORY[1]!.takenAt, 'inovatif')).resolves.toBe('70 = (tetap)');
    await expect(cell(page, HISTORY[0]!.takenAt, 'index')).resolves.toBe('70');
    // Drawn from the lazily loaded chart module: one line for the index and one per pillar.
    const canvas = page.locator('.riwayat-frame canvas');
    await eventually(() => expect(canvas.getAttribute('data-series')).resolves.toBe('6'));
    await expect(canvas.getAttribute('data-points')).resolves.toBe('3');
    await expect(canvas.getAttribute('aria-label')).resolves.toBe(
      'Grafik garis indeks PRIMA dan lima pilar dari waktu ke waktu: 3 hasil, 10 Januari 2025 sampai 1 Juli 2025. Indeks terakhir 75.',
    );
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('deletes one result, offers to undo it, and undoes it', async () => {
    const { page, errors } = await openWith(record(HISTORY));
    await page.getByRole('button', { name: 'Hapus hasil 12 April 2025' }).click();
    await eventually(() => expect(rowDates(page)).resolves.toEqual(['1 Juli 2025', '10 Januari 2025']));
    // The newest result is now compared with the oldest.
    await expect(cell(page, HISTORY[2]!.takenAt, 'index')).resolves.toBe('75 ▲ 5 (naik 5)');
    await expect(text(page, '.asesmen-notices')).resolves.toBe('Hasil 12 April 2025 dihapus.');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Urungkan');
    expect(JSON.parse((await stored(page))!).results).toHaveLength(2);
    await page.keyboard.press('Enter');
    await eventually(() => expect(rowDates(page)).resolves.toHaveLength(3));
    expect(JSON.parse((await stored(page))!).results).toEqual(HISTORY);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows a result saved in another tab, so deleting here does not lose it', async () => {
    const { page, errors } = await openWith(record(HISTORY.slice(0, 2)));
    const other = await page.context().newPage();
    await other.goto(siteUrl('/'));
    await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [HISTORY_STORAGE_KEY, record(HISTORY)]);
    await eventually(() => expect(rowDates(page)).resolves.toHaveLength(3));
    await page.getByRole('button', { name: 'Hapus hasil 10 Januari 2025' }).click();
    await eventually(async () => expect(JSON.parse((await stored(page))!).results).toEqual(HISTORY.slice(1)));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports a file, clears everything after asking, and imports the file back', async () => {
    const { page, errors, foreignRequests } = await openWith(record(HISTORY));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh riwayat (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^riwayat-asesmen-prima-\d{4}-\d{2}-\d{2}\.json$/);
    const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: await downloaded(download) };
    const exported = JSON.parse(file.buffer.toString('utf8'));
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: 1, results: HISTORY });

    await page.getByRole('button', { name: 'Hapus semua riwayat' }).click();
    await expectFocusOn(page, 'riwayat-konfirmasi');
    await expect(text(page, '#riwayat-konfirmasi')).resolves.toBe('Hapus semua 3 hasil dari perangkat ini?');
    await page.getByRole('button', { name: 'Batal' }).click();
    await expect(rowDates(page)).resolves.toHaveLength(3);
    await page.getByRole('button', { name: 'Hapus semua riwayat' }).click();
    await page.getByRole('button', { name: 'Ya, hapus semua' }).click();
    await eventually(() => expect(text(page, '#riwayat-semua')).resolves.toBe('Belum ada hasil tersimpan'));
    await expect(stored(page)).resolves.toBeNull();

    // Into an empty history the file is imported at once: nothing on the device to overwrite.
    await page.locator('[data-import-file]').setInputFiles(file);
    await eventually(() => expect(rowDates(page)).resolves.toHaveLength(3));
    await expect(text(page, '.asesmen-notices')).resolves.toMatch(/^3 hasil diimpor dari “riwayat-asesmen-prima-.*\.json”\.$/);
    expect(JSON.parse((await stored(page))!).results).toEqual(HISTORY);

    // Into a history that has results, the page asks first, and "Batal" changes nothing.
    await page.getByRole('button', { name: 'Hapus hasil 1 Juli 2025' }).click();
    await page.locator('[data-import-file]').setInputFiles(file);
    await expectFocusOn(page, 'riwayat-konfirmasi');
    await expect(page.locator('[data-import-plan] li').allTextContents()).resolves.toEqual([
      '1 hasil belum ada di perangkat ini.',
      '2 hasil sudah ada.',
    ]);
    await page.getByRole('button', { name: 'Batal' }).click();
    await expect(rowDates(page)).resolves.toHaveLength(2);
    await page.locator('[data-import-file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Tambahkan 1 hasil baru' }).click();
    await eventually(() => expect(rowDates(page)).resolves.toHaveLength(3));
    expect(JSON.parse((await stored(page))!).results).toEqual(HISTORY);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('refuses files that are not a history, saying why and changing nothing', async () => {
    const { page, errors } = await openWith(record(HISTORY));
    for (const [name, content, reason] of [
      ['bukan-json.json', 'PK\u0003\u0004 ini arsip zip', /tidak diimpor\. Berkas ini bukan JSON yang utuh/],
      ['lain.json', JSON.stringify({ tema: 'gelap' }), /bukan ekspor riwayat asesmen ASN Prima/],
      ['besar.json', ' '.repeat(1024 * 1024), /terlalu besar \(1024 KB\)/],
    ] as const) {
      await page.locator('[data-import-file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await eventually(() => expect(text(page, '.asesmen-notice.is-error')).resolves.toMatch(reason));
      await expect(rowDates(page)).resolves.toHaveLength(3);
      expect(JSON.parse((await stored(page))!).results).toEqual(HISTORY);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports the good results of a tampered file and lists what it refused, without running anything from it', async () => {
    const { page, errors } = await openWith(null);
    const hostile = {
      format: EXPORT_FORMAT,
      version: 1,
      results: [HISTORY[0], { takenAt: '<img src=x onerror="window.__pwned=1">', scores: HISTORY[0]!.scores }, { ...HISTORY[1], scores: { ...HISTORY[1]!.scores, inovatif: 1e9 } }],
    };
    await page.locator('[data-import-file]').setInputFiles({ name: '<b>riwayat</b>.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await eventually(() => expect(rowDates(page)).resolves.toEqual(['10 Januari 2025']));
    await expect(page.locator('.asesmen-notice li').allTextContents()).resolves.toEqual([
      'Hasil ke-2: tanggal tidak terbaca.',
      'Hasil ke-3: skor pilar inovatif harus bilangan bulat 0 sampai 100.',
    ]);
    await expect(text(page, '.asesmen-notice p')).resolves.toContain('“<b>riwayat</b>.json”');
    await expect(page.locator('.asesmen-notice b, img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('stored history the page did not write', () => {
  it('keeps the readable results of a corrupted record and says how many were dropped', async () => {
    const { page, errors } = await openWith(record([HISTORY[0], 'rusak', { takenAt: 5 }, HISTORY[2]]));
    await expect(rowDates(page)).resolves.toEqual(['1 Juli 2025', '10 Januari 2025']);
    await expect(text(page, '.asesmen-notices')).resolves.toContain('2 hasil lama tidak terbaca dan tidak ditampilkan');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':cadangan:')));
    expect(backups).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('removes a 4 MB leftover under its key instead of keeping it forever', async () => {
    const { page, errors } = await openWith(`{"version":1,"results":["${'x'.repeat(4 * 1024 * 1024)}"]}`);
    await expect(text(page, '.asesmen-notices')).resolves.toContain('rusak dan terlalu besar, jadi dihapus');
    await expect(stored(page)).resolves.toBeNull();
    await expect(page.evaluate(() => Object.keys(localStorage))).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says the store is full, not that storage is refused, when an import cannot be saved', async () => {
    const { page, errors } = await openWith(null);
    // Fill this origin's store the way another tab or a leftover could, then import.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1024 * 1024);
      for (let n = 0; chunk.length > 0; n++) {
        try {
          localStorage.setItem(`isi:${n}`, chunk);
        } catch {
          chunk = chunk.slice(0, Math.floor(chunk.length / 2));
        }
      }
    });
    await page.locator('[data-import-file]').setInputFiles({
      name: 'riwayat.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: EXPORT_FORMAT, version: 1, results: HISTORY })),
    });
    await eventually(() => expect(text(page, '.asesmen-notice.is-error')).resolves.toContain('sudah penuh'));
    await expect(text(page, '.asesmen-notices')).resolves.not.toContain('tidak mengizinkan');
    // The results are still shown for this visit.
    await expect(rowDates(page)).resolves.toHaveLength(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(Object.entries(VIEWPORTS))('axe at %s width', (_name, viewport) => {
  it('finds no WCAG 2.2 AA violation with a history and after asking to clear it, light and dark', async () => {
    const { page, errors } = await openWith(record(HISTORY), { viewport, colorScheme: 'light' });
    const drawn = page.locator('.riwayat-frame canvas');
    await eventually(() => expect(drawn.getAttribute('data-series')).resolves.toBe('6'));
    expect(await axeViolations(page), 'history, light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'history, dark').toEqual([]);
    await page.getByRole('button', { name: 'Hapus semua riwayat' }).click();
    expect(await axeViolations(page), 'confirmation, dark').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
