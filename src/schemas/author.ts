import { z } from 'astro/zod';
import { requiredText } from './shared.ts';

/**
 * An author, one YAML file per person in `content/penulis/`; the file name is the author's id,
 * used in article frontmatter (`author: redaksi`) and in the URL `/penulis/<id>/`.
 * `avatar` is passed in because Astro's `image()` only exists inside the content config.
 */
export function authorSchema<Avatar extends z.ZodType>(avatar: Avatar) {
  return z.object({
    /** Full name as shown in bylines. */
    name: requiredText('Nama penulis wajib diisi.'),
    /** Role or position, e.g. "Tim Redaksi" or "ASN Pemprov Jawa Barat". */
    role: z.string({ error: 'Peran penulis wajib diisi, misalnya "Tim Redaksi".' }).trim().min(1, 'Peran penulis wajib diisi.'),
    /** One or two sentences about the author. */
    bio: requiredText('Bio singkat penulis wajib diisi.'),
    /** Optional portrait, relative to the YAML file. */
    avatar: avatar.optional(),
  });
}
