/**
 * What a reader is told when something could only be kept in memory. A full store and a refused
 * one need different advice: the first is fixed by making room, the second by a browser setting.
 */
import type { StorageProblem } from './safeStorage.ts';

/** `what` names what is at stake, e.g. "jawaban" or "riwayat hasil". */
export function storageProblemText(problem: StorageProblem, what: string): string {
  if (problem === 'full')
    return (
      `Penyimpanan peramban untuk situs ini sudah penuh, jadi ${what} yang baru tidak bisa disimpan dan hanya bertahan ` +
      'selama halaman ini terbuka. Beri ruang dengan menghapus hasil lama di riwayat atau data situs ini di pengaturan peramban.'
    );
  return `Peramban ini tidak mengizinkan penyimpanan, jadi ${what} hanya bertahan selama halaman ini terbuka.`;
}
