import { CAMPAIGN_CSV_COLUMNS } from '../../schemas/campaignData.ts';
import type { Campaign } from '../../schemas/campaign.ts';
import { cumulativeSeries } from './series.ts';

/**
 * The published CSV of a campaign, donations by day (columns in `CAMPAIGN_CSV_COLUMNS`), and its
 * SHA-256. RFC 4180: comma-separated, CRLF line ends, UTF-8 without a byte-order mark.
 */

/**
 * Characters that make Excel, LibreOffice or Google Sheets run a cell as a formula
 * (`=HYPERLINK(...)`, `+1`, `-1`, `@SUM`, or a tab or carriage return before one). Editors' notes
 * reach the CSV, and a downloaded CSV must never act on the reader's machine.
 */
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/** One cell: a would-be formula is prefixed with `'` (shown as text); quotes, commas and line breaks are quoted. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const LINE_END = '\r\n';

export function campaignCsv(campaign: Pick<Campaign, 'donations' | 'illustrative'>): string {
  const notes = new Map<string, string[]>();
  for (const d of campaign.donations)
    if (d.note) notes.set(d.date, [...(notes.get(d.date) ?? []), d.note.replace(/\s+/g, ' ').trim()]);
  const illustrative = campaign.illustrative ? 'ya' : 'tidak';
  const rows = cumulativeSeries(campaign.donations).map((p) => [
    p.date,
    p.amount,
    p.donors,
    p.cumulative,
    p.cumulativeDonors,
    (notes.get(p.date) ?? []).join('; '),
    illustrative,
  ]);
  const header = CAMPAIGN_CSV_COLUMNS.map((c) => c.name);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join(LINE_END) + LINE_END;
}

/** Hex SHA-256 of the text's UTF-8 bytes, with Web Crypto, which Node and browsers share. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
