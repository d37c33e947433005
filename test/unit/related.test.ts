import { describe, expect, it } from 'vitest';
import { relatedArticles, relatedScore, type Relatable } from '~/lib/related';

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
