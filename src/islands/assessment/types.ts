/** Props the page hands to the island: plain JSON, computed at build time. */
import type { PillarSlug } from '~/vocab/taxonomy';

/** What the island shows of a pillar; the long descriptions stay on the pillar pages. */
export interface PillarLabel {
  slug: PillarSlug;
  name: string;
  letter: string;
}

/** An article to read next, suggested for a weak pillar. */
export interface ReadingLink {
  title: string;
  url: string;
}

export type ReadingByPillar = Record<PillarSlug, ReadingLink[]>;
