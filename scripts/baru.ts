/**
 * `npm run baru`: starts a new article. Asks, in Indonesian, for what it needs; or, for scripts
 * and tests, takes everything as flags:
 *
 *   npm run baru -- --jenis opini --judul "Judul tulisan" --penulis redaksi \
 *     --pilar profesional,melayani --topik prima --tag "pelayanan publik,inovasi" [--ringkasan "…"] [--konten content]
 */
import { parseArgs } from 'node:util';
import { checkbox, input, select } from '@inquirer/prompts';
import { ARTICLE_KINDS, KIND_LABELS, type ArticleKind } from '../src/vocab/kinds.ts';
import { CONTENT_DIR } from '../src/check/contentDir.ts';
import { NewArticleError, createArticle, datedSlug, listAuthors, type NewArticle } from '../src/check/newArticle.ts';
import { PILLARS, TOPICS, type PillarSlug, type TopicSlug } from '../src/vocab/taxonomy.ts';
import { noonInJakarta, parseCalendarDay } from '../src/vocab/dates.ts';

const { values } = parseArgs({
  options: {
    jenis: { type: 'string' },
    judul: { type: 'string' },
    penulis: { type: 'string' },
    pilar: { type: 'string' },
    topik: { type: 'string' },
    tag: { type: 'string' },
    ringkasan: { type: 'string' },
    konten: { type: 'string' },
    tanggal: { type: 'string' },
  },
});

const contentDir = values.konten ?? CONTENT_DIR;
const day = values.tanggal === undefined ? undefined : parseCalendarDay(values.tanggal);
if (values.tanggal !== undefined && day === undefined) {
  console.error(`--tanggal "${values.tanggal}" bukan tanggal yang ada; tulis seperti 2026-03-05.`);
  process.exit(1);
}
const now = day ? noonInJakarta(day) : new Date();
const split = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
// With every required flag given, nothing is asked (scripts, tests, no terminal).
const interactive = !(values.jenis && values.judul && values.penulis && values.topik);

async function ask(): Promise<NewArticle> {
  const authors = listAuthors(contentDir);
  const kind =
    (values.jenis as ArticleKind | undefined) ??
    (await select<ArticleKind>({
      message: 'Jenis tulisan:',
      choices: ARTICLE_KINDS.map((k) => ({ value: k, name: KIND_LABELS[k] })),
    }));
  const title =
    values.judul ??
    (await input({
      message: 'Judul:',
      validate: (t) => {
        try {
          datedSlug(t, now);
          return true;
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
      },
    }));
  const author =
    values.penulis ??
    (await select({ message: 'Penulis:', choices: authors.map((a) => ({ value: a.id, name: `${a.name} (${a.id})` })) }));
  const pillars = values.pilar !== undefined || !interactive
    ? (split(values.pilar) as PillarSlug[])
    : await checkbox<PillarSlug>({
        message: 'Pilar PRIMA (spasi untuk memilih, Enter untuk lanjut):',
        choices: PILLARS.map((p) => ({ value: p.slug, name: `${p.name}: ${p.summary}` })),
      });
  const topics = values.topik !== undefined || !interactive
    ? (split(values.topik) as TopicSlug[])
    : await checkbox<TopicSlug>({
        message: 'Topik (pilih setidaknya satu):',
        choices: TOPICS.map((t) => ({ value: t.slug, name: t.name })),
        validate: (chosen) => chosen.length > 0 || 'Pilih setidaknya satu topik.',
      });
  const tags = values.tag !== undefined || !interactive ? split(values.tag) : split(await input({ message: 'Tag, dipisah koma (boleh kosong):' }));
  const description = values.ringkasan ?? (interactive ? await input({ message: 'Ringkasan satu-dua kalimat (boleh diisi nanti):' }) : '');
  return { kind, title, author, pillars, topics, tags, description };
}

try {
  const created = createArticle(await ask(), { contentDir, now });
  console.log(`\nArtikel baru dibuat: ${created.file}`);
  console.log('Artikel ini masih DRAF (draft: true): tampil saat pratinjau, tetapi belum diterbitkan.');
  console.log('Ubah "draft: true" menjadi "draft: false" bila tulisan sudah siap terbit.\n');
  console.log(`Pratinjau: jalankan  npm run dev  lalu buka  http://localhost:4321${created.url}`);
  console.log('Periksa:   jalankan  npm run cek  sebelum menyerahkan tulisan.');
} catch (error) {
  if (error instanceof NewArticleError) {
    console.error(`Artikel tidak dibuat: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof Error && error.name === 'ExitPromptError') {
    console.error('Dibatalkan; tidak ada berkas yang dibuat.');
    process.exitCode = 1;
  } else throw error;
}
