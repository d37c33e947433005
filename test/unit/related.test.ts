import { describe, expect, it } from 'vitest';
import { relatedArticles, relatedIndex, relatedScore, type Relatable } from '~/lib/related';

const a = (id: string, pillars: string[], topics: string[], tags: string[], day = 1): Relatable => ({
  id,
  data: { pillars, topics, tags, pubDate: new Date(Date.UTC(2026, 0, day)) },
});

const current = a('cur', ['melayani', 'responsif'], ['psr'], ['Semarang', 'asn charity']);

describe('relatedScore', () => {
  it.each([
    ['nothing shared', a('x', ['inovatif'], ['prima'], ['lain']), 0],
    ['one topic', a('x', [], ['psr'], []), 1],
    ['one pillar', a('x', ['melayani'], ['prima'], []), 2],
    ['one tag, any case', a('x', [], ['prima'], ['semarang']), 3],
    ['everything', a('x', ['melayani', 'responsif'], ['psr'], ['Semarang', 'asn charity']), 11],
  ])('%s → %i', (_name, other, score) => {
    expect(relatedScore(current, other)).toBe(score);
  });
});

describe('relatedArticles', () => {
  const all = [
    current,
    a('pillar', ['melayani'], ['prima'], [], 5),
    a('tag-old', [], ['prima'], ['semarang'], 2),
    a('tag-new', [], ['prima'], ['semarang'], 9),
    a('none', ['akuntabel'], ['prima'], ['x'], 20),
    a('topic', [], ['psr'], [], 30),
  ];

  it('ranks by shared terms, newer first on ties, never itself or unrelated pieces', () => {
    expect(relatedArticles(current, all, 10).map((r) => r.id)).toEqual(['tag-new', 'tag-old', 'pillar', 'topic']);
  });

  it('respects the limit', () => {
    expect(relatedArticles(current, all, 2).map((r) => r.id)).toEqual(['tag-new', 'tag-old']);
  });
});

/** The straightforward definition, scoring and sorting every pair: the index must agree with it exactly. */
function reference(current: Relatable, all: readonly Relatable[], limit: number): string[] {
  return all
    .filter((x) => x.id !== current.id)
    .map((x) => ({ x, score: relatedScore(current, x) }))
    .filter(({ score }) => score > 0)
    .sort((p, q) => q.score - p.score || q.x.data.pubDate.getTime() - p.x.data.pubDate.getTime())
    .slice(0, limit)
    .map(({ x }) => x.id);
}

describe('relatedIndex', () => {
  // A fixed-seed corpus with what makes ties and edge cases likely: few days, few terms, tags in
  // two spellings, terms listed twice, articles sharing nothing, and an id that appears twice.
  let seed = 7;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const some = (list: string[], max: number) => Array.from({ length: Math.floor(rand() * (max + 1)) }, () => list[Math.floor(rand() * list.length)]!);
  const corpus = Array.from({ length: 400 }, (_, i) =>
    a(
      i === 399 ? 'n5' : `n${i}`,
      some(['profesional', 'responsif', 'inovatif', 'melayani', 'akuntabel'], 3),
      some(['prima', 'psr'], 2),
      some(['Semarang', 'semarang', 'integritas', 'Integritas', 'digitalisasi', 'banjir', 'aceh', 'x'], 3),
      1 + Math.floor(rand() * 20),
    ),
  );
  const related = relatedIndex(corpus);

  it.each([0, 1, 3, 10, 1000])('gives exactly what scoring every pair gives, limit %i', (limit) => {
    for (const current of corpus) expect(related(current, limit).map((r) => r.id)).toEqual(reference(current, corpus, limit));
  });

  it('works for an article outside the list, and is not changed by earlier questions', () => {
    const outsider = a('luar', ['melayani', 'melayani'], ['psr'], ['SEMARANG', 'banjir'], 3);
    expect(related(outsider, 5).map((r) => r.id)).toEqual(reference(outsider, corpus, 5));
    expect(related(corpus[0]!, 3).map((r) => r.id)).toEqual(reference(corpus[0]!, corpus, 3));
  });

  it('finds nothing for an article that shares nothing', () => {
    expect(related(a('sepi', [], [], ['tak-ada']), 3)).toEqual([]);
  });
});
