import type { z } from 'astro/zod';
import { requiredText } from '../shared.ts';
import { componentProps } from './props.ts';

/**
 * `<Figure>`: an image with caption and credit, turned into responsive AVIF/WebP by the build.
 * `image` checks `src`: on disk for `npm run cek`, an imported image inside the build.
 */
export function figureSchema<Img extends z.ZodType>(image: Img) {
  return componentProps({
    /** `./foto.jpg` beside the article, or a file name in `content/gambar/`. */
    src: image,
    /** What the image shows, for readers who cannot see it. */
    alt: requiredText('Teks alternatif (alt) wajib diisi: jelaskan apa yang tampak di gambar.'),
    /** Optional caption under the image. */
    caption: requiredText('Keterangan gambar (caption) tidak boleh kosong; hapus saja bila tidak perlu.').optional(),
    /** Who made the image or where it comes from. */
    credit: requiredText('Kredit gambar (credit) wajib diisi, misalnya "Foto: Humas Pemkot Semarang".'),
  });
}
