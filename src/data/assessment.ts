/**
 * What the self-assessment pages hand to their islands besides the assessment content itself:
 * the five pillars' labels and a few articles per pillar for the advice.
 */
import type { PillarLabel, ReadingByPillar } from '~/islands/assessment/types';
import { PILLARS } from '~/vocab/taxonomy';
import { getArticles } from './articles.ts';

/** Enough to pick from without turning the advice into a reading list. */
const READING_PER_PILLAR = 3;

export function pillarLabels(): PillarLabel[] {
  return PILLARS.map(({ slug, name, letter }) => ({ slug, name, letter }));
}

export async function readingByPillar(): Promise<ReadingByPillar> {
  const articles = await getArticles();
  return Object.fromEntries(
    PILLARS.map((p) => [
      p.slug,
      articles
        .filter((a) => a.data.pillars.includes(p.slug))
        .slice(0, READING_PER_PILLAR)
        .map((a) => ({ title: a.data.title, url: a.url })),
    ]),
  ) as ReadingByPillar;
}
