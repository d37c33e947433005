import { z } from 'astro/zod';
import { requiredText } from '../shared.ts';
import { componentProps } from './props.ts';

/** `<YouTube>`: a video shown as a local poster; nothing loads from YouTube until the reader clicks. */
export const youTubeSchema = componentProps({
  /** The 11-character id in the video address, e.g. `dQw4w9WgXcQ` from youtube.com/watch?v=dQw4w9WgXcQ. */
  id: z
    .string({ error: 'Kode video (id) wajib diisi: 11 karakter setelah "v=" di alamat YouTube.' })
    .regex(/^[\w-]{11}$/, 'Kode video (id) harus 11 karakter (huruf, angka, - atau _), yaitu bagian setelah "v=" di alamat YouTube.'),
  /** Title of the video, read out to screen readers and shown on the poster. */
  title: requiredText('Judul video (title) wajib diisi.'),
  /** Optional start time in seconds. */
  start: z
    .number({ error: 'Detik mulai (start) harus berupa angka, ditulis start={90}.' })
    .int('Detik mulai (start) harus bilangan bulat.')
    .min(0, 'Detik mulai (start) tidak boleh negatif.')
    .optional(),
});
