/**
 * The reader's own results over time: a chart and a table of the same figures, delete one or all,
 * and export or import the history as a JSON file. Holds UI state only; reading, checking,
 * merging and saving live in `~/lib/assessment`. Nothing leaves the device: the export is a file
 * made in the browser, the import is read in the browser.
 *
 * The server renders the toolbar (disabled) and a short message where the data will go; hydration
 * enables the buttons and fills the data area below them, so nothing already on screen moves.
 *
 * `data-ready` on the root marks the end of hydration; browser tests wait for it.
 */
import type { Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Level } from '~/schemas/assessment';
import { clearHistory, HISTORY_STORAGE_KEY, loadHistory, removeEntry, saveHistory, sortHistory, type HistoryEntry } from '~/lib/assessment/history';
import { exportFileName, exportHistory, MAX_IMPORT_BYTES, mergeHistory, readImportFile, type ImportRead, type MergePlan } from '~/lib/assessment/historyFile';
import { historyRows } from '~/lib/assessment/historyView';
import { createSafeStorage, type SaveOutcome } from '~/lib/safeStorage';
import { storageProblemText } from '~/lib/storageNotice';
import { downloadFile } from './assessment/download.ts';
import { HistoryFigure } from './assessment/HistoryFigure.tsx';
import { Notices, type Notice } from './assessment/Notices.tsx';
import type { PillarLabel } from './assessment/types.ts';
import './assessment/selfAssessment.css';
import './assessment/assessmentPages.css';

export interface Props {
  /** The five pillars in P-R-I-M-A order. */
  pillars: PillarLabel[];
  /** The result levels, lowest band first. */
  levels: Level[];
  /** The self-assessment page, for "take it again". */
  assessmentUrl: string;
}

type Pending = { kind: 'clear' } | { kind: 'import'; fileName: string; read: Extract<ImportRead, { ok: true }>; plan: MergePlan };

/** A file name is the reader's own text; shown as text only, and never longer than a line. */
const shortName = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}…` : name);

function refusalList(read: Extract<ImportRead, { ok: true }>): string[] {
  const list = read.refused.map((r) => `Hasil ke-${r.position}: ${r.reason}.`);
  const unlisted = read.refusedCount - read.refused.length;
  if (unlisted > 0) list.push(`Dan ${unlisted} hasil lain yang juga tidak terbaca.`);
  if (read.overLimit > 0) list.push(`${read.overLimit} hasil tertua tidak diimpor karena riwayat menyimpan paling banyak ${read.entries.length} hasil.`);
  return list;
}

export default function AssessmentHistory({ pillars, levels, assessmentUrl }: Props) {
  const storage = useMemo(() => createSafeStorage(), []);
  const [hydrated, setHydrated] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [pending, setPending] = useState<Pending | undefined>();
  const [undo, setUndo] = useState<HistoryEntry | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const dataHeading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'panel' | 'undo' | 'data' | null>(null);

  useEffect(() => {
    const loaded = loadHistory(storage);
    const found: Notice[] = [];
    if (loaded.discarded)
      found.push({ tone: 'error', text: 'Data riwayat yang tersimpan rusak dan terlalu besar, jadi dihapus agar penyimpanan peramban tidak penuh.' });
    else if (loaded.dropped > 0)
      found.push({
        tone: 'error',
        text: `${loaded.dropped} hasil lama tidak terbaca dan tidak ditampilkan. Salinan data aslinya disimpan terpisah di peramban ini.`,
      });
    else if (loaded.backupKey)
      found.push({
        tone: 'error',
        text: 'Riwayat yang tersimpan tidak terbaca, jadi disisihkan sebagai cadangan di peramban ini dan riwayat dimulai kosong.',
      });
    if (storage.problem === 'unavailable') found.push({ tone: 'info', text: storageProblemText('unavailable', 'riwayat') });
    setEntries(loaded.entries);
    setNotices(found);
    setHydrated(true);
  }, []);

  // Another tab may finish an assessment or change the history meanwhile: follow it, so a delete
  // here does not write back a list that has lost that tab's result.
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      if (event.key === HISTORY_STORAGE_KEY || event.key === null) setEntries(loadHistory(storage).entries);
    };
    addEventListener('storage', follow);
    return () => removeEventListener('storage', follow);
  }, []);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'panel') panelHeading.current?.focus();
    else if (target === 'undo') undoButton.current?.focus();
    else if (target === 'data') dataHeading.current?.focus();
  });

  /** Saves and says so truthfully; `done` is what happened, said only when it was really stored. */
  const commit = (next: HistoryEntry[], done: Notice): void => {
    setEntries(next);
    const outcome: SaveOutcome = saveHistory(storage, next);
    setNotices(outcome.saved ? [done] : [done, { tone: 'error', text: storageProblemText(outcome.problem, 'riwayat') }]);
  };

  const remove = (entry: HistoryEntry, date: string) => {
    commit(removeEntry(entries, entry.takenAt), { tone: 'info', text: `Hasil ${date} dihapus.` });
    setUndo(entry);
    setPending(undefined);
    focusNext.current = 'undo';
  };

  const restore = () => {
    if (!undo) return;
    commit(sortHistory([...entries, undo]), { tone: 'info', text: 'Hasil dikembalikan.' });
    setUndo(undefined);
    focusNext.current = 'data';
  };

  const exportFile = () => {
    const now = new Date();
    downloadFile(exportFileName(now), 'application/json', exportHistory(entries, now));
    setNotices([{ tone: 'info', text: `Riwayat (${entries.length} hasil) diunduh sebagai ${exportFileName(now)}.` }]);
  };

  const chooseFile = () => {
    setUndo(undefined);
    fileInput.current?.click();
  };

  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so choosing the same file again fires another change.
    input.value = '';
    if (!file) return;
    const name = shortName(file.name);
    // A huge file is refused by its size alone, before a byte of it is read.
    const read = file.size > MAX_IMPORT_BYTES ? readImportFile('', file.size) : readImportFile(await file.text(), file.size);
    if (!read.ok) {
      setPending(undefined);
      setNotices([{ tone: 'error', text: `Berkas “${name}” tidak diimpor. ${read.reason}` }]);
      return;
    }
    if (entries.length === 0) {
      applyImport(read.entries, read, `${read.entries.length} hasil diimpor dari “${name}”.`);
      return;
    }
    setPending({ kind: 'import', fileName: name, read, plan: mergeHistory(entries, read.entries) });
    focusNext.current = 'panel';
  };

  const applyImport = (next: HistoryEntry[], read: Extract<ImportRead, { ok: true }>, text: string) => {
    const refused = refusalList(read);
    commit(next, refused.length > 0 ? { tone: 'info', text: `${text} Yang tidak diimpor:`, list: refused } : { tone: 'info', text });
    setPending(undefined);
    focusNext.current = 'data';
  };

  const askClear = () => {
    setUndo(undefined);
    setPending({ kind: 'clear' });
    focusNext.current = 'panel';
  };

  const clearAll = () => {
    clearHistory(storage);
    setEntries([]);
    setPending(undefined);
    setNotices([{ tone: 'info', text: 'Semua riwayat dihapus dari perangkat ini.' }]);
    focusNext.current = 'data';
  };

  const cancel = () => {
    setPending(undefined);
    setNotices([{ tone: 'info', text: 'Dibatalkan; riwayat tidak berubah.' }]);
    focusNext.current = 'data';
  };

  const rows = useMemo(() => historyRows(entries, levels), [entries, levels]);
  const none = entries.length === 0;

  return (
    <div class="asesmen riwayat" data-ready={hydrated ? '' : undefined}>
      <div class="riwayat-toolbar no-print" role="group" aria-label="Kelola riwayat">
        <button type="button" onClick={exportFile} disabled={!hydrated || none}>
          Unduh riwayat (JSON)
        </button>
        <button type="button" onClick={chooseFile} disabled={!hydrated}>
          Impor dari berkas…
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={importFile} data-import-file />
        <button type="button" class="is-quiet" onClick={askClear} disabled={!hydrated || none}>
          Hapus semua riwayat
        </button>
      </div>

      <Notices notices={notices}>
        {undo && (
          <button type="button" ref={undoButton} onClick={restore}>
            Urungkan
          </button>
        )}
      </Notices>

      {pending?.kind === 'clear' && (
        <section class="asesmen-confirm no-print" aria-labelledby="riwayat-konfirmasi">
          <h2 id="riwayat-konfirmasi" tabIndex={-1} ref={panelHeading}>
            Hapus semua {entries.length} hasil dari perangkat ini?
          </h2>
          <p>Ini tidak bisa diurungkan. Unduh riwayat dulu bila ingin menyimpannya di tempat lain.</p>
          <div class="asesmen-actions">
            <button type="button" class="is-primary" onClick={clearAll}>
              Ya, hapus semua
            </button>
            <button type="button" onClick={cancel}>
              Batal
            </button>
          </div>
        </section>
      )}

      {pending?.kind === 'import' && (
        <ImportPanel
          pending={pending}
          onlyOnDevice={entries.filter((e) => !pending.read.entries.some((f) => f.takenAt === e.takenAt)).length}
          headingRef={panelHeading}
          onMerge={() =>
            applyImport(pending.plan.merged, pending.read, `${pending.plan.added} hasil baru ditambahkan dari “${pending.fileName}”.`)
          }
          onReplace={() => applyImport(pending.read.entries, pending.read, `Riwayat diganti dengan ${pending.read.entries.length} hasil dari “${pending.fileName}”.`)}
          onCancel={cancel}
        />
      )}

      <div class="riwayat-data">
        {!hydrated ? (
          <p class="riwayat-loading">Riwayat disimpan di peramban ini dan tampil di sini bila JavaScript aktif.</p>
        ) : none ? (
          <div class="riwayat-empty">
            <h2 id="riwayat-semua" tabIndex={-1} ref={dataHeading}>
              Belum ada hasil tersimpan
            </h2>
            <p>
              Setiap kali Anda menyelesaikan asesmen di peramban ini, hasilnya tersimpan di sini beserta tanggalnya. Punya berkas
              riwayat dari perangkat lain? Impor lewat tombol di atas.
            </p>
            <p>
              <a class="button" href={assessmentUrl}>
                Isi asesmen
              </a>
            </p>
          </div>
        ) : (
          <>
            <h2 id="riwayat-semua" tabIndex={-1} ref={dataHeading}>
              {rows.length === 1 ? 'Satu hasil tersimpan' : `${rows.length} hasil tersimpan`}
            </h2>
            <HistoryFigure entries={entries} rows={rows} pillars={pillars} onRemove={remove} />
            <p class="no-print">
              <a href={assessmentUrl}>Isi asesmen lagi</a> untuk menambah hasil baru.
            </p>
          </>
        )}
      </div>
    </div>
  );
}

interface ImportPanelProps {
  pending: Extract<Pending, { kind: 'import' }>;
  /** Results on the device that the file does not have: lost if the history is replaced. */
  onlyOnDevice: number;
  headingRef: Ref<HTMLHeadingElement>;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

/** Asks before anything on the device changes: add what is new, replace everything, or nothing. */
function ImportPanel({ pending, onlyOnDevice, headingRef, onMerge, onReplace, onCancel }: ImportPanelProps) {
  const { plan, read, fileName } = pending;
  const refused = refusalList(read);
  return (
    <section class="asesmen-confirm no-print" aria-labelledby="riwayat-konfirmasi">
      <h2 id="riwayat-konfirmasi" tabIndex={-1} ref={headingRef}>
        Impor {read.entries.length} hasil dari “{fileName}”?
      </h2>
      <ul data-import-plan>
        <li>{plan.added} hasil belum ada di perangkat ini.</li>
        {plan.alreadyThere > 0 && <li>{plan.alreadyThere} hasil sudah ada.</li>}
        {plan.conflicts > 0 && (
          <li>{plan.conflicts} hasil bertanggal sama dengan hasil di perangkat ini tetapi skornya berbeda; bila digabung, yang di perangkat ini dipertahankan.</li>
        )}
        {plan.overLimit > 0 && <li>{plan.overLimit} hasil tertua tidak muat lagi dan akan dilepas bila digabung.</li>}
      </ul>
      {refused.length > 0 && (
        <>
          <p>Tidak ikut diimpor:</p>
          <ul>
            {refused.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <div class="asesmen-actions">
        <button type="button" class="is-primary" onClick={onMerge} disabled={plan.added === 0}>
          {plan.added === 0 ? 'Tidak ada hasil baru' : `Tambahkan ${plan.added} hasil baru`}
        </button>
        <button type="button" onClick={onReplace}>
          Ganti riwayat dengan isi berkas
          {onlyOnDevice > 0 && <span class="asesmen-button-note"> ({onlyOnDevice} hasil yang hanya ada di sini akan terhapus)</span>}
        </button>
        <button type="button" onClick={onCancel}>
          Batal
        </button>
      </div>
    </section>
  );
}
