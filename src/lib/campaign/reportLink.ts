import { CORRECTIONS_EMAIL } from '../../consts.ts';

/**
 * "Laporkan kejanggalan": a `mailto:` to the corrections address with the campaign named in the
 * subject and its page in the body, so a report reaches the editors already saying what it is about.
 * Every part is percent-encoded (RFC 6068): a title with `&`, `?`, `#` or a line break cannot add
 * a field or a recipient, and runs of white space are folded so no header line break survives.
 */
export function reportProblemHref(campaignTitle: string, pageUrl: string, to: string = CORRECTIONS_EMAIL): string {
  const subject = `Laporan kejanggalan kampanye: ${campaignTitle.replace(/\s+/g, ' ').trim()}`;
  const body = `Halaman: ${pageUrl}\r\n\r\nApa yang janggal (angka, tanggal, penyaluran)?\r\n`;
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
