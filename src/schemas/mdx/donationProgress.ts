import type { z } from 'astro/zod';
import { componentProps } from './props.ts';

/**
 * `<DonationProgress>`: progress of a campaign in `content/donasi/`. `campaign` is passed in:
 * `npm run cek` checks that the YAML file exists; the component (src/components/campaign/DonationProgress.astro)
 * should parse its props with this same schema.
 */
export function donationProgressSchema<Campaign extends z.ZodType>(campaign: Campaign) {
  return componentProps({
    /** File name of the campaign in `content/donasi/`, without `.yaml`. */
    campaign,
  });
}
