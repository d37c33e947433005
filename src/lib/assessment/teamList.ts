/**
 * The leader's pasted list, kept on their device only when they tick "simpan di perangkat ini".
 * The list holds colleagues' share links, so it is never stored by default and can be cleared.
 */
import { readJson, saveJson, type SafeStorage, type SaveOutcome } from '../safeStorage.ts';
import { MAX_TEAM_INPUT_CHARS } from './team.ts';

export const TEAM_STORAGE_KEY = 'asn-prima:asesmen:tim:v1';
const FORMAT_VERSION = 1;
/** JSON escapes a newline as two characters; anything larger than this under the key is not ours. */
const MAX_STORED_CHARS = 2 * MAX_TEAM_INPUT_CHARS + 256;

/** Control characters other than line breaks and tabs: JSON would store each as six characters. */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function asRecord(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, text } = value as { version?: unknown; text?: unknown };
  return version === FORMAT_VERSION && typeof text === 'string' && text.length <= MAX_TEAM_INPUT_CHARS ? text : undefined;
}

/** The saved list, or undefined when none is saved (or what is there is unreadable and set aside). */
export function loadTeamList(storage: SafeStorage): string | undefined {
  const read = readJson(storage, TEAM_STORAGE_KEY, asRecord, { maxChars: MAX_STORED_CHARS });
  return read.status === 'ok' ? read.value : undefined;
}

/** Stores at most `MAX_TEAM_INPUT_CHARS`, so a giant paste cannot fill the browser's storage. */
export function saveTeamList(storage: SafeStorage, text: string): SaveOutcome {
  return saveJson(storage, TEAM_STORAGE_KEY, { version: FORMAT_VERSION, text: text.replace(CONTROL_RE, '').slice(0, MAX_TEAM_INPUT_CHARS) });
}

export function clearTeamList(storage: SafeStorage): void {
  storage.remove(TEAM_STORAGE_KEY);
}
