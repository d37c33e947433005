/**
 * The team recap in a real browser: five pasted links (one tampered, one a duplicate) give the
 * figures worked out by hand below; fewer than three results stay hidden until the leader agrees;
 * the list is kept only when asked; a result added from a shared link; a giant paste; print on one
 * page; axe in both themes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PillarScores } from '~/lib/assessment/scoring';
import { encodeShareCode } from '~/lib/assessment/shareCode';
import { TEAM_STORAGE_KEY } from '~/lib/assessment/teamList';
import { axeViolations, launch, openPage, siteUrl, VIEWPORTS } from './harness';
import { eventually, text } from './pageHelpers';

const PAGE = '/asesmen-prima/tim/';
const scores = (p: number, r: number, i: number, m: number, a: number): PillarScores => ({
  profesional: p,
  responsif: r,
  inovatif: i,
  melayani: m,
  akuntabel: a,
});
// Indices: (80+60+40+90+70)/5 = 68, (60+60+55+75+50)/5 = 60, (100+45+35+85+65)/5 = 66.
const A = scores(80, 60, 40, 90, 70);
const B = scores(60, 60, 55, 75, 50);
const C = scores(100, 45, 35, 85, 65);
const link = (s: PillarScores) => siteUrl(`/asesmen-prima/?hasil=${encodeShareCode(s)}`);
/** One pillar score edited in the link, checksum left as it was: what a colleague "improving" a result does. */
const tampered = (s: PillarScores) => link(s).replace(/hasil=1(..)/, (_, pair: string) => `hasil=1${pair === '2s' ? '2r' : '2s'}`);
const FIVE = [link(A), link(B), link(C), tampered(A), link(B)].join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The form is disabled in the server render and enabled by hydration. */
const hydrated = (page: Page) => page.locator('#tim-daftar:not([disabled])').waitFor();
async function open(options: Parameters<typeof openPage>[1] = {}, path = PAGE) {
  const watched = await openPage(browser, options);
  await watched.page.goto(siteUrl(path));
  await hydrated(watched.page);
  return watched;
}
const row = (page: Page, key: string, cell: string) => text(page, `[data-team-row="${key}"] [data-cell="${cell}"]`);

describe('the team recap', () => {
  it('counts five pasted links, lists the tampered and the repeated one, and gives the figures worked out by hand', async () => {
    const { page, errors, foreignRequests } = await open();
    await page.locator('#tim-daftar').fill(FIVE);
    await eventually(() => expect(text(page, '[data-team-count]')).resolves.toBe('5 baris dibaca: 3 hasil dihitung, 1 tidak valid, 1 duplikat.'));
    await expect(page.locator('[data-team-rejected] li').allTextContents()).resolves.toEqual([
      'Baris 4: tautan tidak valid: tanda pemeriksanya tidak cocok, mungkin diubah atau salah ketik',
      'Baris 5: sama dengan baris 2',
    ]);
    // Indices 68, 60, 66: mean 194 / 3 = 64.67 → "64,7"; level of 65 → Cakap.
    await expect(text(page, '[data-team-index]')).resolves.toBe('64,7');
    await expect(text(page, '[data-team-level]')).resolves.toBe('Cakap');
    await expect(text(page, '[data-team-index-range]')).resolves.toBe('60–68');
    // Per pillar: mean, lowest, highest, and people per level (0–39, 40–59, 60–79, 80–100).
    const expected: Record<string, [string, string, string, string[]]> = {
      profesional: ['80', '60', '100', ['0', '0', '1', '2']], // 240 / 3
      responsif: ['55', '45', '60', ['0', '1', '2', '0']], // 165 / 3
      inovatif: ['43,3', '35', '55', ['1', '2', '0', '0']], // 130 / 3 = 43.33
      melayani: ['83,3', '75', '90', ['0', '0', '1', '2']], // 250 / 3 = 83.33
      akuntabel: ['61,7', '50', '70', ['0', '1', '2', '0']], // 185 / 3 = 61.67
    };
    for (const [pillar, [average, lowest, highest, perLevel]] of Object.entries(expected)) {
      await expect(row(page, pillar, 'average'), pillar).resolves.toBe(average);
      await expect(row(page, pillar, 'lowest'), pillar).resolves.toBe(lowest);
      await expect(row(page, pillar, 'highest'), pillar).resolves.toBe(highest);
      for (const [i, count] of perLevel.entries()) await expect(row(page, pillar, `level-${i}`), `${pillar} level ${i}`).resolves.toBe(count);
    }
    await expect(page.locator('[data-team-strongest]').getAttribute('data-team-strongest')).resolves.toBe('melayani');
    await expect(page.locator('[data-team-weakest]').getAttribute('data-team-weakest')).resolves.toBe('inovatif');
    await expect(page.locator('[data-team-weakest] .asesmen-advice h4').allTextContents()).resolves.toEqual(['Inovatif']);
    // The chart: three outlines, drawn from the lazily loaded module.
    await eventually(() => expect(page.locator('.tim-frame canvas').getAttribute('data-outlines')).resolves.toBe('3'));
    // Not one person's result on its own, with three or more.
    await expect(page.locator('[data-team-individuals]').count()).resolves.toBe(0);
    // Nothing is kept unless the leader asks.
    await expect(page.evaluate((key) => localStorage.getItem(key), TEAM_STORAGE_KEY)).resolves.toBeNull();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('with fewer than three results, warns that they reveal individuals and shows them only once the leader agrees', async () => {
    const { page, errors } = await open();
    await page.locator('#tim-daftar').fill([link(A), link(B)].join('\n'));
    await eventually(() => expect(text(page, '[data-team-few]')).resolves.toContain('Baru 2 hasil yang valid'));
    await expect(page.locator('[data-team-recap], [data-team-individuals]').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Saya mengerti, tampilkan hasil satu per satu' }).click();
    await eventually(() => expect(page.locator('[data-team-individuals] tbody tr').count()).resolves.toBe(2));
    await expect(page.locator('[data-team-individuals] tbody tr').first().locator('td').allTextContents()).resolves.toEqual([
      '68',
      'Cakap',
      '80',
      '60',
      '40',
      '90',
      '70',
    ]);
    // Another result makes a team: the recap replaces the single results.
    await page.locator('#tim-tambah').fill(link(C));
    await page.keyboard.press('Enter');
    await eventually(() => expect(text(page, '[data-team-index]')).resolves.toBe('64,7'));
    await expect(page.locator('[data-team-individuals]').count()).resolves.toBe(0);
    await expect(page.locator('#tim-daftar').inputValue()).resolves.toBe(`${link(A)}\n${link(B)}\n${link(C)}\n`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the list on this device only when asked, and forgets it when asked', async () => {
    const { page, errors } = await open();
    await page.locator('#tim-daftar').fill(FIVE);
    await page.getByLabel('Simpan di perangkat ini').check();
    await page.reload();
    await hydrated(page);
    await expect(page.locator('#tim-daftar').inputValue()).resolves.toBe(FIVE);
    await expect(page.getByLabel('Simpan di perangkat ini').isChecked()).resolves.toBe(true);
    await page.getByLabel('Simpan di perangkat ini').uncheck();
    await expect(page.evaluate((key) => localStorage.getItem(key), TEAM_STORAGE_KEY)).resolves.toBeNull();
    await page.reload();
    await hydrated(page);
    await expect(page.locator('#tim-daftar').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers a result opened from a shared link for adding, adds it only on the button, and drops it from the address', async () => {
    const code = encodeShareCode(A);
    const { page, errors } = await open({}, `${PAGE}?tambah=${code}`);
    await expect(page.locator('#tim-tambah').inputValue()).resolves.toBe(code);
    await expect(page.locator('#tim-daftar').inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => location.search)).resolves.toBe('');
    await eventually(() => expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Tambahkan'));
    await page.keyboard.press('Enter');
    await eventually(() => expect(page.locator('#tim-daftar').inputValue()).resolves.toBe(`${code}\n`));
    await expect(text(page, '.asesmen-notices')).resolves.toBe('Hasil ditambahkan ke daftar.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stays calm under a giant paste: reads the start, says the rest was not read, stores nothing huge', async () => {
    const { page, errors } = await open();
    await page.getByLabel('Simpan di perangkat ini').check();
    // Set directly, past the textarea's maxlength, as a script or an extension could.
    await page.evaluate((first) => {
      const area = document.querySelector<HTMLTextAreaElement>('#tim-daftar')!;
      area.value = `${first}\n${'<script>alert(1)</script>\n'.repeat(10_000)}`;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, link(A));
    await eventually(() => expect(text(page, '[data-team-count]')).resolves.toContain('bagian akhirnya tidak dibaca'));
    await expect(text(page, '[data-team-count]')).resolves.toMatch(/^300 baris dibaca: 1 hasil dihitung, 299 tidak valid\. \d+ baris sesudahnya tidak dibaca/);
    const saved = await page.evaluate((key) => localStorage.getItem(key)?.length ?? 0, TEAM_STORAGE_KEY);
    expect(saved).toBeLessThan(140 * 1024);
    await expect(page.locator('script:not([src]):not([type])').evaluateAll((s) => s.filter((e) => e.textContent?.includes('alert')).length)).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints the recap on one page, without the form', async () => {
    const { page } = await open({ viewport: VIEWPORTS.desktop });
    await page.locator('#tim-daftar').fill(FIVE);
    await eventually(() => expect(page.locator('.tim-frame canvas').getAttribute('data-outlines')).resolves.toBe('3'));
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.tim-input', '.tim-rejected', '.asesmen-sections'])
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    await expect(page.locator('[data-team-recap]').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
    await page.context().close();
  });
});

describe.each(Object.entries(VIEWPORTS))('axe at %s width', (_name, viewport) => {
  it('finds no WCAG 2.2 AA violation with a recap, rejected lines and the warning for few results, light and dark', async () => {
    const { page, errors } = await open({ viewport, colorScheme: 'light' });
    await page.locator('#tim-daftar').fill(FIVE);
    await eventually(() => expect(page.locator('.tim-frame canvas').getAttribute('data-outlines')).resolves.toBe('3'));
    expect(await axeViolations(page), 'recap, light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'recap, dark').toEqual([]);
    await page.locator('#tim-daftar').fill(link(A));
    await page.getByRole('button', { name: 'Saya mengerti, tampilkan hasil satu per satu' }).click();
    expect(await axeViolations(page), 'one result, dark').toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
