/**
 * The team recap: a leader pastes the share links colleagues sent (or adds them one at a time)
 * and sees the team's averages, spread and weakest pillar, ready for a discussion and for print.
 * Holds UI state only; reading lines and the arithmetic live in `~/lib/assessment/team`. Nothing
 * leaves the device, and the list is stored only when the leader asks for it.
 *
 * The server renders the form and the empty recap message exactly as the first client render
 * does; hydration only fills them, below what is already on screen.
 *
 * `data-ready` on the root marks the end of hydration; browser tests wait for it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Level, PillarAdvice } from '~/schemas/assessment';
import type { PillarSlug } from '~/vocab/taxonomy';
import { aggregateTeam, appendLine, describeInput, MAX_TEAM_INPUT_CHARS, MIN_TEAM_SIZE, readTeamInput, readTeamLine, TEAM_ADD_PARAM } from '~/lib/assessment/team';
import { clearTeamList, loadTeamList, saveTeamList } from '~/lib/assessment/teamList';
import { createSafeStorage } from '~/lib/safeStorage';
import { storageProblemText } from '~/lib/storageNotice';
import { Notices, type Notice } from './assessment/Notices.tsx';
import { TeamIndividuals, TeamSummary } from './assessment/TeamResults.tsx';
import type { PillarLabel, ReadingByPillar } from './assessment/types.ts';
import './assessment/selfAssessment.css';
import './assessment/assessmentPages.css';

/** A share link is under 100 characters; the box takes a little more, for links with extra parameters. */
const MAX_SINGLE_CHARS = 500;

export interface Props {
  pillars: PillarLabel[];
  /** The result levels, lowest band first. */
  levels: Level[];
  advice: Record<PillarSlug, PillarAdvice>;
  reading: ReadingByPillar;
}

export default function TeamRecap({ pillars, levels, advice, reading }: Props) {
  const storage = useMemo(() => createSafeStorage(), []);
  const [hydrated, setHydrated] = useState(false);
  const [text, setText] = useState('');
  const [single, setSingle] = useState('');
  const [keep, setKeep] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [announcement, setAnnouncement] = useState('');
  /** The valid codes the leader agreed to see one by one; a different set asks again. */
  const [shownFor, setShownFor] = useState<string | undefined>();
  const singleInput = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAdd = useRef(false);

  const input = useMemo(() => readTeamInput(text), [text]);
  const validKey = input.valid.map((v) => v.code).join(' ');
  const recap = useMemo(
    () => (input.valid.length >= MIN_TEAM_SIZE ? aggregateTeam(input.valid.map((v) => v.scores), levels) : undefined),
    [validKey, levels],
  );
  const summary = describeInput(input);

  useEffect(() => {
    const saved = loadTeamList(storage);
    const found: Notice[] = [];
    // A result sent here from a shared result is put in the "add" box, never added unasked: a link
    // from anyone could otherwise slip a result into a leader's saved list. Dropped from the address
    // so a reload does not offer it again.
    const url = new URL(location.href);
    const offered = url.searchParams.get(TEAM_ADD_PARAM);
    if (offered !== null) {
      url.searchParams.delete(TEAM_ADD_PARAM);
      history.replaceState(history.state, '', url);
      setSingle(offered.trim().slice(0, MAX_SINGLE_CHARS));
      found.push({ tone: 'info', text: 'Hasil dari tautan yang Anda buka sudah diisikan di kotak "Atau tambahkan satu per satu". Tekan Tambahkan untuk memasukkannya ke daftar.' });
      focusAdd.current = true;
    }
    setText(saved ?? '');
    setKeep(saved !== undefined);
    setNotices(found);
    setHydrated(true);
  }, []);

  useEffect(() => {
    if (!hydrated || !focusAdd.current) return;
    focusAdd.current = false;
    addButton.current?.focus();
  }, [hydrated]);

  // Said once the leader pauses, not at every keystroke.
  useEffect(() => {
    if (!hydrated) return;
    const timer = setTimeout(() => setAnnouncement(summary), 800);
    return () => clearTimeout(timer);
  }, [summary, hydrated]);

  /** Saves when the leader chose to; says truthfully when that did not work. */
  function saveOrSay(next: string, into: Notice[]): void {
    const outcome = saveTeamList(storage, next);
    if (!outcome.saved) into.push({ tone: 'error', text: storageProblemText(outcome.problem, 'daftar ini') });
  }

  /** New list text; saved when the leader chose to. Returns what to tell them about saving. */
  const change = (next: string): Notice[] => {
    setText(next);
    const found: Notice[] = [];
    if (keep) saveOrSay(next, found);
    return found;
  };

  const addSingle = () => {
    const line = single.trim();
    if (line === '') {
      setNotices([{ tone: 'error', text: 'Tempelkan dulu satu tautan atau kode hasil di kotak itu.' }]);
      singleInput.current?.focus();
      return;
    }
    const read = readTeamLine(line);
    const found = change(appendLine(text, line));
    setSingle('');
    setNotices([
      read.ok ? { tone: 'info', text: 'Hasil ditambahkan ke daftar.' } : { tone: 'error', text: `Ditambahkan ke daftar, tetapi tidak dihitung: ${read.reason}.` },
      ...found,
    ]);
    singleInput.current?.focus();
  };

  const toggleKeep = (checked: boolean) => {
    setKeep(checked);
    if (checked) {
      const found: Notice[] = [];
      saveOrSay(text, found);
      setNotices(found.length > 0 ? found : [{ tone: 'info', text: 'Daftar disimpan di peramban ini dan ada lagi saat Anda kembali.' }]);
    } else {
      clearTeamList(storage);
      setNotices([{ tone: 'info', text: 'Daftar dihapus dari penyimpanan peramban; yang di layar hilang saat halaman ditutup.' }]);
    }
  };

  const clearList = () => {
    setText('');
    setShownFor(undefined);
    if (keep) clearTeamList(storage);
    setNotices([{ tone: 'info', text: keep ? 'Daftar dikosongkan, juga di penyimpanan peramban.' : 'Daftar dikosongkan.' }]);
  };

  const few = input.valid.length > 0 && input.valid.length < MIN_TEAM_SIZE;
  return (
    <div class="asesmen tim" data-ready={hydrated ? '' : undefined}>
      <section class="tim-input no-print" aria-labelledby="tim-daftar-judul">
        <h2 id="tim-daftar-judul">Hasil dari rekan</h2>
        <div class="tim-field">
          <label for="tim-daftar">Tautan atau kode hasil, satu per baris</label>
          <p id="tim-daftar-bantuan" class="tim-help">
            Misalnya <code>https://asnprima.id/asesmen-prima/?hasil=1…</code> atau kodenya saja. Baris kosong dilewati.
          </p>
          <textarea
            id="tim-daftar"
            rows={7}
            value={text}
            maxLength={MAX_TEAM_INPUT_CHARS}
            spellcheck={false}
            autocomplete="off"
            aria-describedby="tim-daftar-bantuan"
            disabled={!hydrated}
            onInput={(event) => setNotices(change(event.currentTarget.value))}
          />
        </div>
        <div class="tim-field">
          <label for="tim-tambah">Atau tambahkan satu per satu</label>
          <div class="tim-add">
            <input
              id="tim-tambah"
              ref={singleInput}
              type="text"
              inputMode="url"
              autocomplete="off"
              spellcheck={false}
              value={single}
              maxLength={MAX_SINGLE_CHARS}
              disabled={!hydrated}
              onInput={(event) => setSingle(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addSingle();
                }
              }}
            />
            <button type="button" ref={addButton} onClick={addSingle} disabled={!hydrated}>
              Tambahkan
            </button>
          </div>
        </div>
        <div class="tim-keep">
          <div class="tim-check">
            <input
              type="checkbox"
              id="tim-simpan"
              checked={keep}
              disabled={!hydrated}
              aria-describedby="tim-simpan-catatan"
              onChange={(event) => toggleKeep(event.currentTarget.checked)}
            />
            <label for="tim-simpan">Simpan di perangkat ini</label>
          </div>
          <p id="tim-simpan-catatan" class="tim-help">
            Tanpa centang, daftar hilang saat halaman ditutup. Dengan centang, daftar disimpan di peramban ini saja, sampai Anda
            menghapus centang atau mengosongkan daftar.
          </p>
          <button type="button" class="is-quiet" onClick={clearList} disabled={!hydrated || text === ''}>
            Kosongkan daftar
          </button>
        </div>
      </section>

      <Notices notices={notices} />
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      <section class="tim-result" aria-labelledby="tim-hasil-judul" data-team-result>
        <h2 id="tim-hasil-judul">Rekap tim</h2>
        {input.valid.length + input.rejected.length === 0 ? (
          <p>Rekap muncul di sini setelah Anda menempelkan tautan hasil. Semuanya dihitung di peramban ini; tidak ada yang dikirim.</p>
        ) : (
          <p data-team-count>{summary}</p>
        )}
        {input.rejected.length > 0 && (
          <div class="tim-rejected no-print">
            <h3>Baris yang tidak dihitung</h3>
            <ul data-team-rejected>
              {input.rejected.map((r) => (
                <li key={r.line} data-line={r.line}>
                  Baris {r.line}: {r.reason}
                </li>
              ))}
            </ul>
            {input.rejected.some((r) => r.kind === 'duplicate') && (
              <p class="tim-help">
                Tautan hanya memuat skor, jadi dua rekan dengan skor yang persis sama tidak bisa dibedakan dari satu tautan yang
                terkirim dua kali; keduanya dihitung sekali.
              </p>
            )}
          </div>
        )}
        {few && (
          <div class="asesmen-notice is-error tim-few" data-team-few>
            <p>
              Baru {input.valid.length} hasil yang valid. Rata-rata dari kurang dari {MIN_TEAM_SIZE} orang dapat mengungkap hasil
              perorangan, jadi rekap tim belum ditampilkan.
            </p>
            {shownFor !== validKey && (
              <button type="button" onClick={() => setShownFor(validKey)}>
                Saya mengerti, tampilkan hasil satu per satu
              </button>
            )}
          </div>
        )}
        {few && shownFor === validKey && <TeamIndividuals valid={input.valid} pillars={pillars} levels={levels} />}
        {recap && <TeamSummary recap={recap} pillars={pillars} levels={levels} advice={advice} reading={reading} />}
      </section>
    </div>
  );
}
