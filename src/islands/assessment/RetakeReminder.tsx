import { retakeDate, retakeIcs, retakeIcsFileName } from '~/lib/assessment/retakeReminder';
import { ROUTES } from '~/lib/routes';
import { formatCalendarDay } from '~/vocab/dates';
import { downloadFile } from './download.ts';

/**
 * After a result: where all results are kept, and a nudge to retake in three months, with a
 * calendar file made in the browser (no calendar service is asked).
 */
export function RetakeReminder({ takenAt }: { takenAt: Date }) {
  const download = () => {
    const url = new URL(ROUTES.assessment.path, location.origin).href;
    downloadFile(retakeIcsFileName(takenAt), 'text/calendar', retakeIcs({ takenAt, url, now: new Date() }));
  };
  return (
    <section aria-labelledby="asesmen-lanjut" class="asesmen-block asesmen-next no-print">
      <h3 id="asesmen-lanjut">Pantau perkembangan Anda</h3>
      <p>
        Semua hasil yang Anda selesaikan di peramban ini ada di <a href={ROUTES.assessmentHistory.path}>riwayat asesmen</a>, lengkap
        dengan grafiknya. Isi lagi sekitar tiga bulan dari sekarang, pada <strong data-retake-date>{formatCalendarDay(retakeDate(takenAt))}</strong>,
        untuk melihat apa yang berubah.
      </p>
      <div class="asesmen-actions">
        <button type="button" onClick={download}>
          Unduh pengingat kalender (.ics)
        </button>
      </div>
    </section>
  );
}
