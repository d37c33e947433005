/**
 * The one storage instance the small page scripts share (theme toggle, the "/" shortcut and its
 * switch). One instance, because when storage is refused the values live in its memory: the switch
 * on /cari/ must still turn off the shortcut that the header's script listens for on that page.
 */
import { createSafeStorage } from './safeStorage.ts';

export const pageStorage = createSafeStorage();
