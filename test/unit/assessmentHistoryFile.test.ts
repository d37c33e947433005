import { describe, expect, it } from 'vitest';
import { MAX_HISTORY } from '~/lib/assessment/history';
import {
  EXPORT_FORMAT,
  exportFileName,
  exportHistory,
  MAX_IMPORT_BYTES,
  mergeHistory,
  readImportFile,
} from '~/lib/assessment/historyFile';
import { dailyEntries, entry, scoresOf } from './assessmentFixtures';

const NOW = new Date('2025-07-01T03:00:00Z');
const A = entry('2025-01-10T02:00:00.000Z', [50, 60, 70, 80, 90]);
const B = entry('2025-04-12T02:00:00.000Z', [58, 57, 70, 85, 90]);
const C = entry('2025-06-30T23:30:00.000Z', [75, 75, 75, 75, 75]);
const file = (results: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString(), results, ...extra });
const read = (text: string) => readImportFile(text, new TextEncoder().encode(text).length, NOW.getTime());

describe('exportHistory', () => {
  it('writes a marked, versioned file that imports back to the same history', () => {
    const text = exportHistory([B, A], NOW);
    expect(JSON.parse(text)).toEqual({ format: EXPORT_FORMAT, version: 1, exportedAt: '2025-07-01T03:00:00.000Z', results: [A, B] });
    expect(read(text)).toEqual({ ok: true, entries: [A, B], refused: [], refusedCount: 0, overLimit: 0 });
  });

  it('names the file after the day in Jakarta', () => {
    // 23:30 UTC on 30 June is already 1 July in Jakarta.
    expect(exportFileName(new Date(C.takenAt))).toBe('riwayat-asesmen-prima-2025-07-01.json');
  });
});

describe('readImportFile', () => {
  it.each<[string, string, number | undefined, RegExp]>([
    ['an empty file', '', undefined, /bukan JSON yang utuh/],
    ['a photo renamed to .json', '\u0089PNG\r\n\u001a\n', undefined, /bukan JSON yang utuh/],
    ['a truncated export', file([A]).slice(0, 40), undefined, /bukan JSON yang utuh/],
    ['JSON of another app', JSON.stringify({ results: [A] }), undefined, /bukan ekspor riwayat asesmen ASN Prima/],
    ['a bare list', JSON.stringify([A]), undefined, /bukan ekspor riwayat asesmen ASN Prima/],
    ['JSON null', 'null', undefined, /bukan ekspor riwayat asesmen ASN Prima/],
    ['a newer version', file([A], { version: 2 }), undefined, /versi situs yang lebih baru \(versi 2\)/],
    ['a version as text', file([A], { version: '1' }), undefined, /Versi berkas ini tidak dikenal/],
    ['no list of results', file({ 0: A }), undefined, /tidak memuat daftar hasil/],
    ['no results at all', file([]), undefined, /tidak berisi hasil apa pun/],
    ['only broken results', file([{ takenAt: 'x' }, 5]), undefined, /Tidak ada satu pun hasil/],
    ['a file over the size limit', file([A]), MAX_IMPORT_BYTES + 1, /terlalu besar \(257 KB\).*batasnya 256 KB/],
  ])('refuses %s, saying why in Indonesian', (_, text, size, reason) => {
    const result = readImportFile(text, size ?? text.length, NOW.getTime());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses a text longer than the limit even when the size given is small', () => {
    const text = file([A]) + ' '.repeat(MAX_IMPORT_BYTES);
    expect(readImportFile(text, 10).ok).toBe(false);
  });

  it('imports the good entries and lists each refused one by its position', () => {
    const result = read(
      file([
        B,
        { takenAt: '2025-02-30T10:00:00Z', scores: A.scores },
        A,
        { ...A, scores: { ...A.scores, inovatif: 1000 } },
        B,
        { ...B, scores: C.scores },
        '<img src=x onerror=alert(1)>',
      ]),
    );
    expect(result).toEqual({
      ok: true,
      entries: [A, B],
      refused: [
        { position: 2, reason: 'tanggal tidak terbaca' },
        { position: 4, reason: 'skor pilar inovatif harus bilangan bulat 0 sampai 100' },
        { position: 5, reason: 'sama dengan hasil ke-1' },
        { position: 6, reason: 'waktunya sama dengan hasil ke-1 tetapi skornya berbeda' },
        { position: 7, reason: 'bukan data hasil asesmen' },
      ],
      refusedCount: 5,
      overLimit: 0,
    });
  });

  it('refuses a result dated more than a day ahead of the clock', () => {
    const result = read(file([A, { ...B, takenAt: '2025-07-02T04:00:00.000Z' }, { ...C, takenAt: '2025-07-02T02:00:00.000Z' }]));
    expect(result.ok && result.refused).toEqual([{ position: 2, reason: 'tanggalnya tidak mungkin (sebelum 2020 atau di masa depan)' }]);
  });

  it('tolerates a byte-order mark and ignores fields it does not know', () => {
    const text = file([{ ...A, catatan: 'x' }], { extra: 1 }).replace('{', '{"__proto__":{"polluted":true},');
    const result = read('\uFEFF' + text);
    expect(result.ok && result.entries).toEqual([A]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('lists at most twenty refusals but counts them all', () => {
    const result = read(file([A, ...Array.from({ length: 500 }, () => 'rusak')]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.refused).toHaveLength(20);
      expect(result.refusedCount).toBe(500);
    }
  });

  it('keeps the newest results when a file holds more than the history can', () => {
    const many = dailyEntries(MAX_HISTORY + 5, (i) => [i % 101, 1, 2, 3, 4]);
    const result = read(file(many));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.entries).toHaveLength(MAX_HISTORY);
      expect(result.entries[0]).toEqual(many[5]);
      expect(result.overLimit).toBe(5);
    }
  });
});

describe('mergeHistory', () => {
  it('adds what is new and leaves every entry on the device as it was', () => {
    const changedA = { ...A, scores: scoresOf([0, 0, 0, 0, 0]) };
    const plan = mergeHistory([A, B], [changedA, B, C]);
    expect(plan).toEqual({ merged: [A, B, C], added: 1, alreadyThere: 1, conflicts: 1, overLimit: 0 });
  });

  it('into an empty device is the file itself', () => {
    expect(mergeHistory([], [A, C]).merged).toEqual([A, C]);
  });

  it('says how many of the oldest would no longer fit', () => {
    const many = dailyEntries(MAX_HISTORY, () => [1, 1, 1, 1, 1]);
    const plan = mergeHistory(many, [C]);
    expect(plan.overLimit).toBe(1);
    expect(plan.merged).toHaveLength(MAX_HISTORY);
    expect(plan.merged.at(-1)).toEqual(C);
  });
});
