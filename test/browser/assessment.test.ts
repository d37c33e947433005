/**
 * The self-assessment in a real browser: answering with mouse and keyboard, figures that match the
 * scoring module, answers kept across a reload, share links (real and tampered), print, privacy
 * (nothing sent anywhere) and an axe sweep of the question and result states.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment } from '~/check/loadAssessment';
import { HISTORY_STORAGE_KEY } from '~/lib/assessment/history';
import { retakeDate } from '~/lib/assessment/retakeReminder';
import { ANSWERS_STORAGE_KEY } from '~/lib/assessment/savedAnswers';
import { buildResult, scoreAnswers, type AnswerValue, type AssessmentResult } from '~/lib/assessment/scoring';
import { encodeShareCode } from '~/lib/assessment/shareCode';
import { formatCalendarDay } from '~/vocab/dates';
import { PILLARS } from '~/vocab/taxonomy';
import { COLOR_SCHEMES, axeViolations, launch, openPage, siteUrl, VIEWPORTS } from './harness';
import { downloaded, eventually, expectFocusOn, text } from './pageHelpers';

/** Page type for the lead's site-wide list (test/browser/harness.ts PAGE_TYPES). */
export const ASSESSMENT_PAGE = ['asesmen', '/asesmen-prima/'] as const;
const PAGE = ASSESSMENT_PAGE[1];

const data = loadAssessment();
/** A fixed pattern that gives the pillars different scores, so strongest and weakest both show. */
const PATTERN: Record<string, AnswerValue> = Object.fromEntries(
  data.statements.map((s, i) => {
    const pillar = PILLARS.findIndex((p) => p.slug === s.pillar);
    return [s.id, (((i + pillar * 2) % 5) + 1) as AnswerValue];
  }),
);
const outcome = scoreAnswers(data.statements, PATTERN);
if (!outcome.complete) throw new Error('the pattern must answer every statement');
const expected: AssessmentResult = buildResult(outcome.scores, data);
const shareCode = encodeShareCode(outcome.scores);
const nameOf = (slug: string) => PILLARS.find((p) => p.slug === slug)!.name;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  expect(expected.strongest.length).toBeGreaterThan(0);
  expect(expected.weakest.length).toBeGreaterThan(0);
});
afterAll(async () => {
  await browser?.close();
});

/** The island has hydrated once the pillar steps appear (they are not in the server render). */
async function hydrated(page: Page): Promise<void> {
  await page.locator('.asesmen-steps, .asesmen-result').first().waitFor();
}

const expectProgress = (page: Page, answered: number) =>
  eventually(() => expect(text(page, '.asesmen-progress label')).resolves.toBe(`Terjawab ${answered} dari ${data.statements.length} pernyataan`));

/** Answers the statements of the pillar on screen by clicking their labels. */
async function answerPillar(page: Page, pillar: string, limit = Infinity, pattern = PATTERN): Promise<void> {
  for (const s of data.statements.filter((st) => st.pillar === pillar).slice(0, limit))
    await page.locator(`label[for="asesmen-${s.id}-${pattern[s.id]}"]`).click();
}

async function answerAll(page: Page, pattern = PATTERN): Promise<void> {
  for (const [i, pillar] of PILLARS.entries()) {
    await answerPillar(page, pillar.slug, Infinity, pattern);
    if (i < PILLARS.length - 1) await page.getByRole('button', { name: /^Pilar berikutnya/ }).click();
  }
}

/** Every figure of the result against the scoring module's own result. */
async function expectFigures(page: Page): Promise<void> {
  await expect(text(page, '[data-result-index]')).resolves.toBe(String(expected.index));
  await expect(text(page, '[data-result-level]')).resolves.toBe(expected.level.name);
  await expect(text(page, '[data-result-meaning]')).resolves.toBe(expected.level.meaning.replace(/\s+/g, ' '));
  for (const pillar of PILLARS) {
    const row = page.locator(`[data-pillar-score="${pillar.slug}"]`);
    await expect(row.locator('th').textContent()).resolves.toBe(pillar.name);
    await expect(row.locator('td').textContent()).resolves.toBe(String(expected.scores[pillar.slug]));
  }
  const strongest = page.locator('[data-result-strongest] li');
  await expect(strongest.evaluateAll((els) => els.map((e) => e.getAttribute('data-pillar')))).resolves.toEqual(
    expected.strongest.map((s) => s.pillar),
  );
  for (const s of expected.strongest)
    await expect(text(page, `[data-result-strongest] [data-pillar="${s.pillar}"]`)).resolves.toBe(
      `${nameOf(s.pillar)} (${s.score}): ${s.advice.strength}`,
    );
  const weakest = page.locator('[data-result-weakest] [data-pillar]');
  await expect(weakest.evaluateAll((els) => els.map((e) => e.getAttribute('data-pillar')))).resolves.toEqual(
    expected.weakest.map((w) => w.pillar),
  );
  for (const w of expected.weakest) {
    const block = page.locator(`[data-result-weakest] [data-pillar="${w.pillar}"]`);
    await expect(block.locator('h4').textContent()).resolves.toBe(`${nameOf(w.pillar)} (${w.score})`);
    await expect(block.locator('ol > li strong').allTextContents()).resolves.toEqual(w.advice.steps.map((st) => `${st.title}.`));
  }
  const canvas = page.locator('.asesmen-chart canvas');
  await expect(canvas.getAttribute('aria-label')).resolves.toBe(
    `Grafik radar skor per pilar: ${PILLARS.map((p) => `${p.name} ${expected.scores[p.slug]}`).join(', ')}.`,
  );
}

describe('answering the assessment', () => {
  it('takes a person from the first statement to a result with the right figures, sending nothing', async () => {
    const { page, errors, foreignRequests } = await openPage(browser, { viewport: VIEWPORTS.phone });
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(siteUrl(PAGE));
    await hydrated(page);
    const afterLoad = requests.length;

    await expectProgress(page, 0);
    await answerPillar(page, 'profesional');
    await expectProgress(page, 5);
    await eventually(() => expect(text(page, '.asesmen-steps [aria-current="step"]')).resolves.toContain('5/5'));
    // Progress is announced politely.
    await eventually(() => expect(text(page, '.asesmen > p[role="status"]')).resolves.toContain('Profesional: 5 dari 5 terjawab'));

    await page.getByRole('button', { name: /^Pilar berikutnya/ }).click();
    await expectFocusOn(page, 'asesmen-pilar-responsif');
    // Going back keeps the answers given.
    await page.getByRole('button', { name: /Pilar sebelumnya/ }).click();
    await expectFocusOn(page, 'asesmen-pilar-profesional');
    await expect(page.locator(`#asesmen-pro-etika-${PATTERN['pro-etika']}`).isChecked()).resolves.toBe(true);
    await page.locator('.asesmen-steps button', { hasText: 'Responsif' }).click();

    for (const [i, pillar] of PILLARS.slice(1).entries()) {
      await answerPillar(page, pillar.slug);
      if (i < PILLARS.length - 2) await page.getByRole('button', { name: /^Pilar berikutnya/ }).click();
    }
    expect(requests.slice(afterLoad).map((r) => r.url()).filter((u) => u.includes('radarChart'))).toEqual([]);
    expect(requests.some((r) => r.url().includes('radarChart'))).toBe(false);

    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await expectFocusOn(page, 'asesmen-hasil-judul');
    await eventually(() =>
      expect(text(page, '.asesmen > p[role="status"]')).resolves.toBe(
        `Hasil siap: indeks PRIMA ${expected.index} dari 100, level ${expected.level.name}.`,
      ),
    );
    await expectFigures(page);
    // The chart is drawn, from the lazily loaded module.
    await page.waitForFunction(() => ((document.querySelector('.asesmen-chart canvas') as HTMLCanvasElement | null)?.width ?? 0) > 0);
    expect(requests.some((r) => r.url().includes('radarChart'))).toBe(true);

    const link = await page.locator('#asesmen-tautan').inputValue();
    expect(link).toBe(siteUrl(`${PAGE}?hasil=${shareCode}`));

    // Links to read on the weakest pillars lead to real pages on this site.
    for (const href of await page.locator('.asesmen-reading a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/$/);
      expect((await page.request.get(siteUrl(href))).status(), href).toBe(200);
    }

    // After the page loaded, only scripts of this site were fetched: no fetch, XHR or beacon, ever.
    const later = requests.slice(afterLoad).map((r) => `${r.method()} ${r.url()}`);
    expect(later.filter((r) => !r.startsWith(`GET ${siteUrl('/_astro/')}`) || !r.endsWith('.js'))).toEqual([]);
    expect(requests.filter((r) => ['fetch', 'xhr', 'ping', 'eventsource', 'websocket'].includes(r.resourceType()))).toEqual([]);
    expect(requests.filter((r) => r.method() !== 'GET')).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is usable from the keyboard alone', async () => {
    const { page, errors } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(siteUrl(PAGE));
    await hydrated(page);
    await page.locator('#asesmen-pro-etika-1').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await eventually(() => expect(page.locator('#asesmen-pro-etika-3').isChecked()).resolves.toBe(true));
    await page.keyboard.press('Tab');
    await expectFocusOn(page, 'asesmen-pro-kompetensi-1');
    await expectProgress(page, 1);
    await page.locator('.asesmen-steps button', { hasText: 'Akuntabel' }).focus();
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'asesmen-pilar-akuntabel');
    await expect(page.locator('#asesmen-pilar-akuntabel').isVisible()).resolves.toBe(true);
    await expect(page.locator('#asesmen-pilar-profesional').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps answers across a reload half-way, and says what was restored', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(PAGE));
    await hydrated(page);
    await answerPillar(page, 'profesional');
    await page.getByRole('button', { name: /^Pilar berikutnya/ }).click();
    await answerPillar(page, 'responsif');
    await page.getByRole('button', { name: /^Pilar berikutnya/ }).click();
    await answerPillar(page, 'inovatif', 2);

    await page.reload();
    await hydrated(page);
    await expect(text(page, '.asesmen-notices')).resolves.toContain('12 jawaban dipulihkan');
    await expectProgress(page, 12);
    // The person continues where they stopped.
    await expect(text(page, '.asesmen-steps [aria-current="step"]')).resolves.toContain('Inovatif');
    const checked = await page.locator('.asesmen-statement input:checked').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('name')!.replace('asesmen-', ''), Number((e as HTMLInputElement).value)])),
    );
    const answered = data.statements.slice(0, 12).map((s) => s.id);
    expect(checked).toEqual(Object.fromEntries(answered.map((id) => [id, PATTERN[id]])));

    // Statements edited since: answers to ones that still exist are kept, the rest asked again.
    await page.evaluate(
      ([key, ids]) => {
        const answers = Object.fromEntries((ids as string[]).map((id) => [id, 4]));
        localStorage.setItem(key as string, JSON.stringify({ version: 1, answers: { ...answers, 'pernyataan-lama': 2 } }));
      },
      [ANSWERS_STORAGE_KEY, answered.slice(0, 3)] as const,
    );
    await page.reload();
    await hydrated(page);
    const notice = await text(page, '.asesmen-notices');
    expect(notice).toContain('3 jawaban dipulihkan');
    expect(notice).toContain('1 jawaban lama tidak dipakai lagi');

    // The visible reset forgets everything, here and in storage.
    await page.getByRole('button', { name: 'Hapus semua jawaban' }).click();
    await expectProgress(page, 0);
    await expect(page.evaluate((key) => localStorage.getItem(key), ANSWERS_STORAGE_KEY)).resolves.toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the result again on return, and "Ulangi asesmen" starts over', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(PAGE));
    await hydrated(page);
    await answerAll(page);
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.reload();
    await page.locator('.asesmen-result').waitFor();
    await expectFigures(page);
    await page.getByRole('button', { name: 'Ubah jawaban' }).click();
    await expectFocusOn(page, 'asesmen-pilar-profesional');
    await expect(page.locator('.asesmen-statement input:checked').count()).resolves.toBe(data.statements.length);
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.getByRole('button', { name: 'Ulangi asesmen' }).click();
    await expectFocusOn(page, 'asesmen-pilar-profesional');
    await eventually(() => expect(page.locator('.asesmen-statement input:checked').count()).resolves.toBe(0));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** A second way of answering, so a retake changes the index and most pillars. */
const SECOND: Record<string, AnswerValue> = Object.fromEntries(
  data.statements.map((s, i) => [s.id, (((i * 3 + (s.pillar === 'inovatif' ? 4 : 1)) % 5) + 1) as AnswerValue]),
);
const second = scoreAnswers(data.statements, SECOND);
if (!second.complete) throw new Error('the second pattern must answer every statement');
const storedHistory = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"results":[]}') as { results: unknown[] }).results, HISTORY_STORAGE_KEY);

describe('progress over time', () => {
  it('takes the assessment twice with different answers and shows the change, in text, table and radar', async () => {
    expect(second.index).not.toBe(expected.index);
    const { page, errors, foreignRequests } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(siteUrl(PAGE));
    await hydrated(page);
    await answerAll(page);
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.locator('.asesmen-result').waitFor();
    // A first result has nothing to compare with, but is kept, and a retake is suggested in three months.
    await expect(page.locator('[data-result-change]').count()).resolves.toBe(0);
    await expect(storedHistory(page)).resolves.toHaveLength(1);
    await expect(text(page, '[data-retake-date]')).resolves.toBe(formatCalendarDay(retakeDate(new Date())));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh pengingat kalender (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe(`ulangi-asesmen-prima-${retakeDate(new Date())}.ics`);
    const ics = (await downloaded(download)).toString('utf8');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${retakeDate(new Date()).replaceAll('-', '')}`);
    expect(ics).toContain(`URL:${siteUrl(PAGE)}`);

    await page.getByRole('button', { name: 'Ulangi asesmen' }).click();
    await answerAll(page, SECOND);
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.locator('[data-result-change]').waitFor();
    const delta = second.index - expected.index;
    const mark = delta > 0 ? `▲ ${delta} (naik ${delta})` : `▼ ${-delta} (turun ${-delta})`;
    await expect(text(page, '[data-result-change]')).resolves.toMatch(new RegExp(`indeks ${expected.index}\\. Sekarang ${mark.replace(/[()]/g, '\\$&')}\\.$`));
    for (const pillar of PILLARS) {
      const d = second.scores[pillar.slug] - expected.scores[pillar.slug];
      const change = d > 0 ? `▲ ${d} (naik ${d})` : d < 0 ? `▼ ${-d} (turun ${-d})` : '= (tetap)';
      await expect(text(page, `[data-pillar-score="${pillar.slug}"] [data-cell="now"]`), pillar.slug).resolves.toBe(`${second.scores[pillar.slug]} ${change}`);
      await expect(text(page, `[data-pillar-score="${pillar.slug}"] [data-cell="before"]`)).resolves.toBe(String(expected.scores[pillar.slug]));
    }
    // Two outlines: solid for this result, dashed for the one before.
    const canvas = page.locator('.asesmen-chart canvas');
    await eventually(() => expect(canvas.getAttribute('data-outlines')).resolves.toBe('2'));
    await expect(canvas.getAttribute('aria-label')).resolves.toContain('bergaris putus-putus');
    await expect(storedHistory(page)).resolves.toHaveLength(2);
    expect(await axeViolations(page), 'result beside the previous one').toEqual([]);

    // Fixing an answer revises this attempt instead of adding a third result.
    await page.getByRole('button', { name: 'Ubah jawaban' }).click();
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.locator('[data-result-change]').waitFor();
    await expect(storedHistory(page)).resolves.toHaveLength(2);

    // Also when the page is reloaded in the middle of it: back to editing, and the result still replaces.
    await page.getByRole('button', { name: 'Ubah jawaban' }).click();
    await page.reload();
    await hydrated(page);
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.locator('[data-result-change]').waitFor();
    await expect(storedHistory(page)).resolves.toHaveLength(2);

    await page.getByRole('link', { name: 'riwayat asesmen', exact: true }).click();
    await page.locator('#riwayat-tabel tbody tr').first().waitFor();
    await expect(page.locator('#riwayat-tabel tbody tr').count()).resolves.toBe(2);
    await expect(text(page, '#riwayat-tabel tbody tr:first-child [data-cell="index"]')).resolves.toBe(`${second.index} ${mark}`);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe('share links', () => {
  it('open a read-only view of the same figures in a fresh browser', async () => {
    const { page, errors, foreignRequests } = await openPage(browser);
    await page.goto(siteUrl(`${PAGE}?hasil=${shareCode}`));
    await page.locator('.asesmen-result').waitFor();
    await expect(text(page, '#asesmen-hasil-judul')).resolves.toBe('Hasil asesmen yang dibagikan');
    await expectFigures(page);
    await expect(page.locator('#asesmen-tautan').count()).resolves.toBe(0);
    // A leader collecting a team's results can pass this one on to the recap.
    await expect(page.getByRole('link', { name: 'Tambahkan ke rekap tim' }).getAttribute('href')).resolves.toBe(`/asesmen-prima/tim/?tambah=${shareCode}`);
    // Someone else's result never enters this reader's own history.
    await expect(page.evaluate((key) => localStorage.getItem(key), HISTORY_STORAGE_KEY)).resolves.toBeNull();
    await expect(page.locator('.asesmen-statement').count()).resolves.toBe(0);
    await expect(page.evaluate((key) => localStorage.getItem(key), ANSWERS_STORAGE_KEY)).resolves.toBeNull();

    await page.getByRole('button', { name: 'Mulai asesmen Anda sendiri' }).click();
    await expectFocusOn(page, 'asesmen-pilar-profesional');
    await expect(page.evaluate(() => location.search)).resolves.toBe('');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['an edited score', `${shareCode.slice(0, 3)}${shareCode[3] === 'z' ? 'y' : 'z'}${shareCode.slice(4)}`],
    ['a truncated code', shareCode.slice(0, 8)],
    ['garbage', '%3Cscript%3E'],
  ])('with %s say "tautan hasil tidak valid" and offer the quiz', async (_what, code) => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl(`${PAGE}?hasil=${code}`));
    await hydrated(page);
    await expect(text(page, '.asesmen-notices')).resolves.toMatch(/tautan hasil tidak valid/i);
    await expect(page.locator('.asesmen-result').count()).resolves.toBe(0);
    await expect(page.locator('#asesmen-pilar-profesional').isVisible()).resolves.toBe(true);
    await expect(page.locator('.asesmen-statement').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('layout, print and accessibility', () => {
  it('fits 320 px without sideways scrolling, in both states', async () => {
    const { page } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    // Only this page's own content is measured: the site header is shared and tested with the layout.
    const overflowing = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.asesmen-page, .asesmen-page *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
    await page.goto(siteUrl(PAGE));
    await hydrated(page);
    await expect(overflowing()).resolves.toEqual([]);
    await page.goto(siteUrl(`${PAGE}?hasil=${shareCode}`));
    await page.locator('.asesmen-result').waitFor();
    await expect(overflowing()).resolves.toEqual([]);
    await page.context().close();
  });

  it('prints the result on one clean page', async () => {
    const { page } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(siteUrl(`${PAGE}?hasil=${shareCode}`));
    await page.locator('.asesmen-result').waitFor();
    await page.waitForFunction(() => ((document.querySelector('.asesmen-chart canvas') as HTMLCanvasElement | null)?.width ?? 0) > 0);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.asesmen-actions', '.asesmen-intro'])
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    await expect(page.locator('.asesmen-disclaimer').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.context().close();
  });

  it.each(Object.entries(VIEWPORTS))('axe at %s width finds no WCAG 2.2 AA violation in the question and result states, light and dark', async (_name, viewport) => {
    const { page, errors } = await openPage(browser, { viewport });
    /** Axe in each scheme on the page as it stands: the styles follow the scheme without a reload. */
    const inBothSchemes = async (state: string) => {
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${state}, ${colorScheme}`).toEqual([]);
      }
    };
    await page.goto(siteUrl(PAGE));
    await hydrated(page);
    await answerPillar(page, 'profesional', 2);
    await inBothSchemes('questions');
    await page.evaluate(
      ([key, answers]) => localStorage.setItem(key as string, JSON.stringify({ version: 1, answers })),
      [ANSWERS_STORAGE_KEY, PATTERN] as const,
    );
    await page.reload();
    await page.locator('.asesmen-result').waitFor();
    await page.waitForFunction(() => ((document.querySelector('.asesmen-chart canvas') as HTMLCanvasElement | null)?.width ?? 0) > 0);
    await inBothSchemes('result');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
