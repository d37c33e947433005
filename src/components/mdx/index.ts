/**
 * The components every article and page can use in MDX without an import line; passed to
 * `<Content components={mdxComponents} />`. Their props and rules live in src/schemas/mdx/.
 */
import type { ComponentName } from '~/schemas/mdx';
import AssessmentCta from './AssessmentCta.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';
import YouTube from './YouTube.astro';
import DonationProgress from '~/components/campaign/DonationProgress.astro';

export const mdxComponents = {
  Callout,
  PullQuote,
  Figure,
  AssessmentCta,
  DonationProgress,
  YouTube,
} satisfies Record<ComponentName, unknown>;
