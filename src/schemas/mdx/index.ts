/**
 * Every component editors may use in MDX, with the schema of its props and whether it wraps
 * text. The build (each component parses its own props) and `npm run cek` read this one list,
 * so they can never disagree about what is valid.
 */
import type { z } from 'astro/zod';
import { assessmentCtaSchema } from './assessmentCta.ts';
import { calloutSchema } from './callout.ts';
import { donationProgressSchema } from './donationProgress.ts';
import { figureSchema } from './figure.ts';
import { pullQuoteSchema } from './pullQuote.ts';
import { youTubeSchema } from './youTube.ts';

/** Checks that depend on where they run: files on disk for `npm run cek`, imports in the build. */
export interface ComponentContext {
  image: z.ZodType;
  campaign: z.ZodType;
}

/** `wajib`: text between the tags is required; `tidak`: the tag must close itself (`<X ... />`). */
export type ChildrenRule = 'wajib' | 'tidak';

export function componentSchemas(ctx: ComponentContext) {
  return {
    Callout: { schema: calloutSchema, children: 'wajib' },
    PullQuote: { schema: pullQuoteSchema, children: 'wajib' },
    Figure: { schema: figureSchema(ctx.image), children: 'tidak' },
    AssessmentCta: { schema: assessmentCtaSchema, children: 'tidak' },
    DonationProgress: { schema: donationProgressSchema(ctx.campaign), children: 'tidak' },
    YouTube: { schema: youTubeSchema, children: 'tidak' },
  } as const satisfies Record<string, { schema: z.ZodType; children: ChildrenRule }>;
}

export type ComponentName = keyof ReturnType<typeof componentSchemas>;

export const COMPONENT_NAMES = ['Callout', 'PullQuote', 'Figure', 'AssessmentCta', 'DonationProgress', 'YouTube'] as const satisfies readonly ComponentName[];

/** Props that take an image path, rewritten into an image import by the build. */
export const IMAGE_PROPS: Partial<Record<ComponentName, string>> = { Figure: 'src' };

/** Added by the build to every component, so its errors name the article: `file:line`. */
export const SOURCE_PROP = '__source';
