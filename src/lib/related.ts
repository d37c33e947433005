/**
 * Picks related articles by what they share with the current one. A shared tag is the most
 * specific signal, a shared pillar the next; with only two topics, a shared topic says least.
 * Ties go to the newer piece, then to the one earlier in the list.
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

/** What `b` shares with `a`, weighted. A term `a` lists twice counts twice. */
export function relatedScore(a: Relatable, b: Relatable): number {
  return (
    overlap(lower(a.data.tags), lower(b.data.tags)) * RELATED_WEIGHTS.tag +
    overlap(a.data.pillars, b.data.pillars) * RELATED_WEIGHTS.pillar +
    overlap(a.data.topics, b.data.topics) * RELATED_WEIGHTS.topic
  );
}

/** Articles with the same tags, pillars and topics: whatever the current article, they score the same. */
interface Group {
  /** Index of the group's set of pillars and topics in `classes`. */
  cls: number;
  /** Indexes into `all`, newest first. */
  members: number[];
}

/** A set of pillars and topics, and the groups that have it, by their newest member, newest first. */
interface PillarTopicClass {
  pillars: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  groups: number[];
}

const counts = (terms: readonly string[]) => {
  const out = new Map<string, number>();
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
};

const distinct = (terms: readonly string[]) => [...new Set(terms)].sort();

/** Index of `key` in `keys`, adding it (and calling `create`) when new. */
function intern(keys: Map<string, number>, key: string, create: () => number): number {
  let at = keys.get(key);
  if (at === undefined) keys.set(key, (at = create()));
  return at;
}

/**
 * Prepares `all` once so that finding the related articles of each one does not score every pair.
 * Returns `related(current, limit)`: up to `limit` other articles sharing something with `current`,
 * best first; exactly what `relatedScore` ranks, with the same tie-breaks. `all` must not change
 * afterwards.
 *
 * Articles are grouped by what they carry (tags, pillars, topics), and each group lists its members
 * newest first, so a group offers at most `limit` candidates and usually one. Pillars and topics
 * come from fixed vocabularies (five and two), so there are few sets of them and each is scored
 * once per question; only groups sharing a tag are visited one by one. The work per article grows
 * with the number of groups sharing its tags, not with the number of articles, and only the best
 * `limit` are kept, never a sort of everything.
 */
export function relatedIndex<T extends Relatable>(all: readonly T[]): (current: Relatable, limit?: number) => T[] {
  const time = all.map((a) => a.data.pubDate.getTime());
  // Among equal scores: newest first, then as listed in `all`.
  const order = all.map((_, i) => i).sort((a, b) => time[b]! - time[a]! || a - b);
  const rank = new Int32Array(all.length);
  order.forEach((i, r) => (rank[i] = r));

  const classes: PillarTopicClass[] = [];
  const groups: Group[] = [];
  const groupsByTag = new Map<string, number[]>();
  const classKeys = new Map<string, number>();
  const groupKeys = new Map<string, number>();
  // In rank order, so members, and groups within a class, come newest first.
  for (const i of order) {
    const { data } = all[i]!;
    const pillars = distinct(data.pillars);
    const topics = distinct(data.topics);
    const tags = distinct(lower(data.tags));
    const cls = intern(classKeys, JSON.stringify([pillars, topics]), () => classes.push({ pillars: new Set(pillars), topics: new Set(topics), groups: [] }) - 1);
    const g = intern(groupKeys, JSON.stringify([tags, pillars, topics]), () => {
      const at = groups.push({ cls, members: [] }) - 1;
      classes[cls]!.groups.push(at);
      for (const tag of tags) {
        const list = groupsByTag.get(tag);
        if (list) list.push(at);
        else groupsByTag.set(tag, [at]);
      }
      return at;
    });
    groups[g]!.members.push(i);
  }

  const idsAt = new Map<string, number[]>();
  all.forEach((a, i) => {
    const list = idsAt.get(a.id);
    if (list) list.push(i);
    else idsAt.set(a.id, [i]);
  });
  // Marks the current article (and any other with its id) during one question.
  const isSelf = new Uint8Array(all.length);
  // Typed copies for the loops every question runs.
  const groupClass = Int32Array.from(groups, (g) => g.cls);
  const tagGroups = new Map([...groupsByTag].map(([tag, list]) => [tag, Int32Array.from(list)]));
  const tagScore = new Float64Array(groups.length);
  const classScore = new Float64Array(classes.length);

  return (current, limit = 3) => {
    const k = Math.max(0, Math.floor(limit));
    if (k === 0) return [];
    // The best so far, best first: indexes into `all` and their scores.
    const best: number[] = [];
    const bestScore: number[] = [];
    const beats = (i: number, s: number, j: number) => s > bestScore[j]! || (s === bestScore[j] && rank[i]! < rank[best[j]!]!);
    const offer = (i: number, s: number): boolean => {
      if (best.length === k && !beats(i, s, k - 1)) return false;
      let at = Math.min(best.length, k - 1);
      while (at > 0 && beats(i, s, at - 1)) at--;
      best.splice(at, 0, i);
      bestScore.splice(at, 0, s);
      if (best.length > k) {
        best.pop();
        bestScore.pop();
      }
      return true;
    };
    const self = idsAt.get(current.id) ?? [];
    for (const i of self) isSelf[i] = 1;
    /** Offers a group's members at score `s`, newest first; false when even its newest cannot enter. */
    const offerGroup = (g: number, s: number): boolean => {
      // Most groups cannot enter at all: settle that before looking at members.
      if (best.length === k && s < bestScore[k - 1]!) return false;
      const { members } = groups[g]!;
      for (const i of members) {
        if (isSelf[i]) continue;
        // The rest of the group is older at the same score.
        if (!offer(i, s)) return i !== members[0];
      }
      return true;
    };

    const pillars = counts(current.data.pillars);
    const topics = counts(current.data.topics);
    classes.forEach((c, ci) => {
      let s = 0;
      for (const [p, times] of pillars) if (c.pillars.has(p)) s += times * RELATED_WEIGHTS.pillar;
      for (const [t, times] of topics) if (c.topics.has(t)) s += times * RELATED_WEIGHTS.topic;
      classScore[ci] = s;
    });

    const touched: number[] = [];
    for (const [tag, times] of counts(lower(current.data.tags))) {
      for (const g of tagGroups.get(tag) ?? []) {
        if (tagScore[g] === 0) touched.push(g);
        tagScore[g] = tagScore[g]! + times * RELATED_WEIGHTS.tag;
      }
    }
    for (const g of touched) offerGroup(g, tagScore[g]! + classScore[groupClass[g]!]!);

    // Groups sharing no tag score their class's score; once one cannot enter, the older ones cannot.
    classes.forEach((c, ci) => {
      if (classScore[ci] === 0) return;
      for (const g of c.groups) if (tagScore[g] === 0 && !offerGroup(g, classScore[ci]!)) break;
    });

    for (const g of touched) tagScore[g] = 0;
    for (const i of self) isSelf[i] = 0;
    return best.map((i) => all[i]!);
  };
}

/** Up to `limit` other articles sharing something with `current`, best first. To ask for many articles, use `relatedIndex`. */
export function relatedArticles<T extends Relatable>(current: Relatable, all: readonly T[], limit = 3): T[] {
  return relatedIndex(all)(current, limit);
}
