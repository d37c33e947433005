import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles, getAuthors } from '~/data/articles';
import { SITE_DESCRIPTION, SITE_TITLE } from '~/consts';
import { KIND_LABELS } from '~/vocab/kinds';
import { SITE_LANG } from '~/vocab/locale';
import { getPillar, getTopic } from '~/vocab/taxonomy';

/** Every published article, newest first, with author, categories and summary. */
export async function GET(context: APIContext) {
  const [articles, authors] = await Promise.all([getArticles(), getAuthors()]);
  const nameOf = new Map(authors.map((a) => [a.id, a.data.name]));
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: context.site!,
    trailingSlash: true,
    customData: `<language>${SITE_LANG}</language>`,
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.pubDate,
      link: a.url,
      author: nameOf.get(a.data.author.id) ?? SITE_TITLE,
      categories: [
        KIND_LABELS[a.data.kind],
        ...a.data.pillars.map((p) => getPillar(p).name),
        ...a.data.topics.map((t) => getTopic(t).name),
        ...a.data.tags,
      ],
    })),
  });
}
