import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR, CONTENT_FOLDERS } from './check/contentDir.ts';
import { afterContentCheck } from './check/gate.ts';
import { articleSchema } from './schemas/article.ts';
import { authorSchema } from './schemas/author.ts';
import { pageSchema } from './schemas/page.ts';

const from = (folder: string) => `${CONTENT_DIR}/${folder}`;
// Each loader finishes only once the content check has passed (src/check/gate.ts).
const checkedGlob = (options: Parameters<typeof glob>[0]) => afterContentCheck(glob(options));

// Astro calls `schema` once per article (its `image()` belongs to that file); the author reference
// is the same for all of them, so it is built once.
const author = reference('authors');

const articles = defineCollection({
  loader: checkedGlob({ pattern: ['berita/*.{md,mdx}', 'opini/*.{md,mdx}'], base: from(CONTENT_FOLDERS.articles) }),
  schema: ({ image }) => articleSchema(image(), author),
});

const authors = defineCollection({
  loader: checkedGlob({ pattern: '*.{yaml,yml}', base: from(CONTENT_FOLDERS.authors) }),
  schema: ({ image }) => authorSchema(image()),
});

const pages = defineCollection({
  loader: checkedGlob({ pattern: '*.{md,mdx}', base: from(CONTENT_FOLDERS.pages) }),
  schema: pageSchema,
});

export const collections = { articles, authors, pages };
