import { campaignFileSchema, dateOutsideCampaign, type Campaign, type Donation } from '../schemas/campaign.ts';
import { formatRupiah } from '../lib/money.ts';
import { parseDonationsCsv } from './donationsCsv.ts';
import type { ParsedFile } from './parseYaml.ts';
import { findFieldLine, type Checked, type Problem } from './problems.ts';
import { validate } from './validate.ts';

/**
 * Checks one campaign, its YAML and the optional CSV beside it, without touching the disk, so the
 * rules are tested on strings and the loader only reads files. Every problem of both files comes
 * back in one run.
 */

export interface CsvSource {
  file: string;
  text: string;
}

export interface ValidateOptions {
  /** The CSV of donations beside the YAML, when there is one. */
  csv?: CsvSource | undefined;
  /** The slug the file name promises; the `slug` field must match it. */
  expectedSlug?: string | undefined;
}

const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

export function validateCampaign(yaml: ParsedFile, options: ValidateOptions = {}): Checked<{ campaign: Campaign }> {
  const problems: Problem[] = [];
  const lineOf = (...path: PropertyKey[]) => findFieldLine(yaml.source, path) ?? 1;
  const parsed = validate(yaml, campaignFileSchema);
  const csv = options.csv && parseDonationsCsv(options.csv.file, options.csv.text);
  if (csv) problems.push(...csv.problems);
  if (!parsed.ok) return { ok: false, problems: [...problems, ...parsed.problems] };
  const data = parsed.data;

  if (options.expectedSlug !== undefined && data.slug !== options.expectedSlug)
    problems.push({
      file: yaml.file,
      line: lineOf('slug'),
      field: 'slug',
      message: `Slug "${data.slug}" harus sama dengan nama berkas, "${options.expectedSlug}".`,
      severity: 'error',
    });

  // A row dated outside the campaign is reported and left out of the totals, as a YAML entry with
  // the same mistake is, so the sums in other messages match what the editor will end up with.
  const csvDonations: Donation[] = [];
  for (const { donation, line } of csv?.donations ?? []) {
    const outside = dateOutsideCampaign(donation.date, data.startDate, data.endDate);
    if (outside && options.csv) problems.push({ file: options.csv.file, line, field: 'tanggal', message: outside, severity: 'error' });
    else csvDonations.push(donation);
  }

  const donations: Donation[] = [...data.donations, ...csvDonations];
  const raised = sum(donations.map((d) => d.amount));
  const allocated = sum(data.allocations.map((a) => a.amount));
  // Money can only be divided or handed out once it has come in.
  if (allocated > raised)
    problems.push({
      file: yaml.file,
      line: lineOf('allocations'),
      field: 'allocations',
      message: `Total alokasi ${formatRupiah(allocated)} melebihi donasi terkumpul ${formatRupiah(raised)}. Kurangi alokasi atau lengkapi data donasi.`,
      severity: 'error',
    });
  const disbursed = sum(data.updates.map((u) => (u.kind === 'penyaluran' ? (u.amount ?? 0) : 0)));
  if (disbursed > raised)
    problems.push({
      file: yaml.file,
      line: lineOf('updates'),
      field: 'updates',
      message: `Total penyaluran ${formatRupiah(disbursed)} melebihi donasi terkumpul ${formatRupiah(raised)}.`,
      severity: 'error',
    });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    problems: [],
    campaign: {
      ...data,
      // Stable sort: entries of the same day keep the order editors wrote them in.
      donations: donations.toSorted((a, b) => a.date.localeCompare(b.date)),
      updates: data.updates.toSorted((a, b) => b.date.localeCompare(a.date)),
    },
  };
}
