/**
 * Ruang redaksi (the browser editor at /admin/) in Chromium, as a writer uses it: the local-repository
 * workflow made headless (see localRepository.ts) over a copy of content/. The editor is bundled
 * exactly as `npm run redaksi` and a hosted build bundle it, and served by the static server.
 * REDAKSI_SCREENSHOTS=1 also refreshes the screenshots in docs/panduan/ used by the guides.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { runChecks } from '~/check/checks';
import { writeAdmin } from '~/integrations/redaksi';
import { launch } from './harness';
import { filesUnder, readRepository, replaceDirectoryPicker, seedRepository } from './localRepository';

const OUT = 'test/.output/redaksi';
const GIT_HOST = 'https://git.example.go.id';
const SCREENSHOTS = process.env['REDAKSI_SCREENSHOTS'] === '1';
const OPINI = 'content/artikel/opini/lima-pilar-asn-prima.mdx';

let browser: Browser;
let server: import('node:http').Server;
let base = '';
let page: Page;
let seeded: Record<string, string>;
const errors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  await writeAdmin({
    root: process.cwd(),
    contentDir: 'content',
    dir: join(OUT, 'admin'),
    backend: { mode: 'lokal' },
    pages: { gitlab: { mode: 'hosted', name: 'gitlab', repo: 'humas/asn-prima', baseUrl: GIT_HOST, appId: 'uji-redaksi' } },
  });
  // A page of the same origin to seed the private file system from, with no favicon to fetch.
  // It carries a policy like every page: the server builds its header policy from them.
  writeFileSync(
    join(OUT, 'seed.html'),
    `<!doctype html><html lang="id"><meta http-equiv="content-security-policy" content="default-src 'self'"><title>benih</title><link rel="icon" href="data:,">`,
  );
  // The admin page names the site's favicon, as it does under `npm run redaksi`; without it here
  // Chromium's request for it would be a 404 that only sometimes comes before the last assertion.
  copyFileSync('public/favicon.svg', join(OUT, 'favicon.svg'));
  ({ server, url: base } = await serve(OUT, { port: 0, host: '127.0.0.1' }));
  browser = await launch();
  const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  await replaceDirectoryPicker(page);
  await page.goto(new URL('/seed.html', base).href);
  await seedRepository(page, filesUnder('.', 'content'));
  seeded = await readRepository(page);
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  context.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== new URL(base).origin && !['data:', 'blob:'].includes(url.protocol)) foreignRequests.push(r.url());
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function screenshot(name: string) {
  if (!SCREENSHOTS) return;
  const path = join('docs/panduan', name);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
}

/** Changed, added and removed files since seeding. */
async function changes(): Promise<Record<string, string | null>> {
  const now = await readRepository(page);
  const out: Record<string, string | null> = {};
  for (const path of new Set([...Object.keys(seeded), ...Object.keys(now)])) if (now[path] !== seeded[path]) out[path] = now[path] ?? null;
  return out;
}

async function openCollection(name: string) {
  await page.getByText(name, { exact: true }).first().click();
}

/** The editor draws fields as they scroll into view, as a writer scrolls down the form. */
async function scrollUntilShown(target: import('playwright-core').Locator) {
  await page.mouse.move(300, 500);
  for (let i = 0; i < 30 && (await target.count()) === 0; i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(150);
  }
  await target.scrollIntoViewIfNeeded();
}

/** Saves and waits for the editor to say so; a notice left from the save before must go first, or it would answer for this one. */
async function save() {
  const saved = page.getByText('Entri tersimpan.');
  await saved.waitFor({ state: 'hidden', timeout: 15_000 });
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await saved.waitFor();
}

/** Sveltia's own English, which the bundle replaces (src/integrations/sveltiaIndonesian.ts). */
const SVELTIA_ENGLISH = /This field is required|Please enter|You must|You cannot|Invalid value|Entry saved|Work with Local|Creating|Today|\bError\b/;

async function noSveltiaEnglish() {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(SVELTIA_ENGLISH);
}

describe('Ruang redaksi, local repository', () => {
  it('opens the writer\'s folder and lists our collections and pieces', async () => {
    await page.goto(new URL('/admin/', base).href);
    await expect(page.title()).resolves.toContain('Ruang Redaksi');
    await page.getByRole('button', { name: 'Buka folder repositori' }).click();
    for (const name of ['Berita', 'Opini', 'Penulis', 'Halaman tetap']) await page.getByText(name, { exact: true }).first().waitFor();
    await expect(page.getByText('Kampanye', { exact: false }).count()).resolves.toBe(0);
    // Sveltia sets the page's language to its interface locale; ours is Indonesian.
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('id');
    await openCollection('Berita');
    await page.getByText('Festival ASN 2025 di Semarang Ditutup dengan Aksi Donasi untuk Korban Bencana di Sumatra').waitFor();
    await screenshot('redaksi-daftar.png');
    await openCollection('Halaman tetap');
    await page.getByText('Tentang ASN Prima').waitFor();
  });

  it('saves an untouched article without changing a byte', async () => {
    await openCollection('Berita');
    await page.getByText('Festival ASN 2025 di Semarang Ditutup').first().click();
    await page.getByRole('textbox', { name: 'Judul' }).waitFor();
    await save();
    expect(await changes()).toEqual({});
  });

  it('changes only the title line when only the title is edited', async () => {
    await openCollection('Opini');
    await page.getByText('Membaca Gagasan ASN PRIMA').first().click();
    await page.getByRole('textbox', { name: 'Judul' }).fill('Membaca Gagasan ASN PRIMA: Lima Pilar dan Hambatannya');
    // The preview is shaped like the published page, in the site's own stylesheet.
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByRole('heading', { level: 1, name: 'Membaca Gagasan ASN PRIMA: Lima Pilar dan Hambatannya' }).waitFor();
    await expect(preview.locator('.prose').getByRole('heading', { name: 'Kelima pilar' }).count()).resolves.toBe(1);
    // The hero image itself, read from the writer's folder (a path like ../../gambar/… means nothing at /admin/).
    await preview.locator('figure.figure img[src^="data:image/"]').waitFor();
    await save();
    const changed = await changes();
    expect(Object.keys(changed)).toEqual([OPINI]);
    const before = seeded[OPINI]!.split('\n');
    const after = changed[OPINI]!.split('\n');
    expect(after).toHaveLength(before.length);
    const differing = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(differing).toEqual([
      ["title: 'Membaca Gagasan ASN PRIMA: Lima Pilar, Cara Menerapkan, dan Hambatannya'", "title: 'Membaca Gagasan ASN PRIMA: Lima Pilar dan Hambatannya'"],
    ]);
    seeded = await readRepository(page);
  });

  it('creates a berita through the form that lands in the right folder, dated, and passes the content check', async () => {
    await openCollection('Berita');
    await page.getByRole('button', { name: 'Baru' }).or(page.getByRole('link', { name: 'Baru' })).first().click();
    // A careless writer first: saving an empty form is stopped in the form, in Indonesian, and nothing is written.
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const title = page.getByRole('textbox', { name: 'Judul' });
    await title.and(page.locator('[aria-invalid="true"]')).waitFor();
    await page.getByRole('group', { name: /^Kolom\W+Judul\W*$/ }).getByText('Kolom ini wajib diisi.').waitFor();
    await noSveltiaEnglish();
    expect(await changes()).toEqual({});

    await title.fill('Posko Relawan ASN Dibuka di Balai Kota');
    await page.getByRole('textbox', { name: 'Ringkasan' }).fill('Relawan ASN membuka posko bantuan di balai kota.');
    await page.getByRole('radio', { name: 'Redaksi ASN Prima' }).check();
    await page.getByRole('checkbox', { name: 'Melayani' }).check();
    await page.getByRole('checkbox', { name: 'Personal Social Responsibility' }).check();
    await page.getByRole('textbox', { name: 'Isi butir' }).fill('relawan');
    await page.getByRole('checkbox', { name: /^Tambah\W+Gambar utama\W*$/ }).check();
    const hero = page.getByRole('group', { name: /^Kolom\W+Gambar utama\W*$/ });
    // The editor draws a group's fields once it is on screen; bring it there, then wait for its button.
    const browse = hero.getByRole('button', { name: 'Pilih berkas' });
    await scrollUntilShown(browse);
    await browse.click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('dialog').getByRole('button', { name: 'Unggah' }).click();
    await (await chooser).setFiles({ name: 'posko-relawan.png', mimeType: 'image/png', buffer: readFileSync('content/gambar/festival-asn-2025.png') });
    await page.getByRole('dialog').getByRole('button', { name: 'Sisipkan' }).click();
    await hero.getByRole('textbox', { name: 'Teks alternatif' }).fill('Relawan membagikan paket bantuan di posko.');
    await hero.getByRole('textbox', { name: 'Kredit' }).fill('Foto: Redaksi ASN Prima');
    // The image just uploaded shows in the preview too.
    await page.locator('iframe').first().contentFrame().locator('figure.figure img[alt="Relawan membagikan paket bantuan di posko."]').waitFor();

    const body = page.getByRole('group', { name: /^Kolom\W+Isi tulisan\W*$/ });
    await scrollUntilShown(body.getByRole('textbox', { name: 'Isi tulisan' }));
    await body.getByRole('textbox', { name: 'Isi tulisan' }).click();
    await page.keyboard.type('Relawan ASN membuka posko bantuan di balai kota.');
    await page.keyboard.press('Enter');
    // Each block is a form in a dialog, named after the component.
    const insert = async (component: RegExp) => {
      await body.getByRole('button', { name: 'Sisipkan' }).click();
      await page.getByRole('menuitem', { name: component }).click();
      const dialog = page.getByRole('dialog', { name: component });
      await dialog.waitFor();
      return dialog;
    };
    // The DonationProgress block offers our campaign by name; cancelling a new block removes it.
    let dialog = await insert(/DonationProgress/);
    await dialog.getByText('ASN Charity Festival ASN 2025 (asn-charity-2025)').waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // A Callout without its text is refused too; with it, it goes in.
    dialog = await insert(/Callout/);
    await dialog.getByRole('button', { name: 'Sisipkan' }).click();
    await dialog.getByText('Kolom ini wajib diisi.').waitFor();
    await noSveltiaEnglish();
    await dialog.getByRole('textbox', { name: 'Isi kotak' }).fill('Posko buka setiap hari.');
    await dialog.getByRole('button', { name: 'Sisipkan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // A full address where the video's code belongs is refused in the form, with the schema's message.
    dialog = await insert(/YouTube/);
    await dialog.getByRole('textbox', { name: 'Kode video' }).fill('https://www.youtube.com/watch?v=AbCdEfGhIjK');
    await dialog.getByRole('textbox', { name: 'Judul video' }).fill('Pembukaan posko');
    await dialog.getByRole('button', { name: 'Sisipkan' }).click();
    await dialog.getByText('Kode video (id) harus 11 karakter').waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await body.getByText('Kotak catatan: Posko buka setiap hari.').waitFor();
    await screenshot('redaksi-formulir.png');
    await save();

    const changed = await changes();
    const files = Object.keys(changed).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^content\/artikel\/berita\/\d{4}-\d{2}-\d{2}-posko-relawan-asn-dibuka-di-balai-kota\.mdx$/);
    expect(files[1]).toBe('content/gambar/posko-relawan.png');
    const source = changed[files[0]!]!;
    expect(source).toContain(`pubDate: ${files[0]!.slice('content/artikel/berita/'.length, 'content/artikel/berita/'.length + 10)}`);
    expect(source).toMatch(/^kind: berita$/m);
    expect(source).toMatch(/^draft: true$/m);
    expect(source).toContain('hero:\n  src: ../../gambar/posko-relawan.png\n  alt: Relawan membagikan paket bantuan di posko.\n');
    expect(source).toContain('Relawan ASN membuka posko bantuan di balai kota.\n\n<Callout type="catatan">\n  Posko buka setiap hari.\n</Callout>\n');
    // The refused YouTube block and the cancelled DonationProgress block left nothing behind.
    expect(source).not.toMatch(/<YouTube|<DonationProgress|youtube\.com/);

    // The whole folder as the editor left it passes `npm run cek`.
    const dir = mkdtempSync(join(tmpdir(), 'asn-redaksi-'));
    for (const [path, text] of Object.entries(await readRepository(page))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), /\.(png|jpe?g|webp|avif)$/.test(path) ? Buffer.from(text, 'base64') : text);
    }
    const problems = runChecks(join(dir, 'content'), { root: dir }).filter((p) => p.severity === 'error');
    expect(problems).toEqual([]);
  });

  it('left the site\'s origin for nothing and met no CSP violation', () => {
    expect(foreignRequests).toEqual([]);
    // The editor asks the site whether a piece is already online (its "View on Live Site" link);
    // this test server holds only the editor, so those answers are 404 here, not with `npm run redaksi`.
    const previewChecks = errors.filter((e) => /^HTTP 404 .*\/(berita|opini)\/[\w-]+\/$/.test(e));
    const consoleNotes = errors.filter((e) => /status of 404/.test(e));
    expect(consoleNotes, errors.join('\n')).toHaveLength(previewChecks.length);
    // Anything else (a CSP violation, a script error) fails here.
    expect(errors.filter((e) => !previewChecks.includes(e) && !consoleNotes.includes(e))).toEqual([]);
  });
});

describe('Ruang redaksi, hosted (GitLab, PKCE)', () => {
  it('loads with that backend and asks nothing of any origin but the git host', async () => {
    const context = await browser.newContext({ locale: 'id-ID' });
    const hosted = await context.newPage();
    const seen: string[] = [];
    const problems: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    hosted.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await hosted.goto(new URL('/admin/gitlab.html', base).href);
    await hosted.getByRole('button', { name: /Sign In with .GitLab/ }).waitFor();
    const csp = await hosted.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain(`connect-src 'self' data: blob: ${GIT_HOST};`);
    const origins = new Set(seen.filter((u) => !/^(data|blob):/.test(u)).map((u) => new URL(u).origin));
    origins.delete(new URL(base).origin);
    expect([...origins].filter((o) => o !== GIT_HOST)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
