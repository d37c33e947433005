/**
 * Picks related articles by what they share with the current one. A shared tag is the most
 * specific signal, a shared pillar the next; with only two topics, a shared topic says least.
 * Ties go to the newer piece.
 */
export interface Relatable {
  id: string;
  data: {
    pillars: readonly string[];
    topics: readonly string[];
    tags: readonly string[];
    pubDate: Date;
  };
}

export const RELATED_WEIGHTS = { tag: 3, pillar: 2, topic: 1 } as const;

const overlap = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
const lower = (tags: readonly string[]) => tags.map((t) => t.toLowerCase());

export function relatedScore(a: Relatable, b: Relatable): number {
  return (
    overlap(lower(a.data.tags), lower(b.data.tags)) * RELATED_WEIGHTS.tag +
    overlap(a.data.pillars, b.data.pillars) * RELATED_WEIGHTS.pillar +
    overlap(a.data.topics, b.data.topics) * RELATED_WEIGHTS.topic
  );
}

/** Up to `limit` other articles sharing something with `current`, best first. */
export function relatedArticles<T extends Relatable>(current: Relatable, all: readonly T[], limit = 3): T[] {
  return all
    .filter((a) => a.id !== current.id)
    .map((a) => ({ a, score: relatedScore(current, a) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || y.a.data.pubDate.getTime() - x.a.data.pubDate.getTime())
    .slice(0, limit)
    .map(({ a }) => a);
}
