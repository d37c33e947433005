import { describe, expect, it } from 'vitest';
import { parseCsvAmount, parseDonationsCsv } from '~/check/donationsCsv';

const FILE = 'donasi/uji.csv';

describe('parseCsvAmount', () => {
  describe.each([
    ['1250000', 1_250_000],
    ['1.250.000', 1_250_000],
    ['Rp1.250.000', 1_250_000],
    ['Rp 12.500', 12_500],
    [' 500 ', 500],
  ])('"%s"', (raw, value) => {
    it(`is ${value}`, () => {
      expect(parseCsvAmount(raw)).toEqual({ value });
    });
  });

  describe.each([
    ['', /wajib diisi/],
    ['0', /tidak boleh nol/],
    ['-50000', /negatif/],
    ['-Rp50.000', /negatif/],
    ['12500,50', /berpecahan/],
    ['1.250.000,00', /berpecahan/],
    ['1.5', /berpecahan/],
    ['sepuluh ribu', /bukan angka rupiah/],
    ['1,250,000', /bukan angka rupiah/],
    ['99999999999999999999', /terlalu besar/],
  ])('"%s"', (raw, message) => {
    it('is refused', () => {
      const result = parseCsvAmount(raw);
      expect('error' in result && result.error).toMatch(message);
    });
  });
});

describe('parseDonationsCsv', () => {
  it('reads rows with notes, comments and blank lines, keeping each row\'s line', () => {
    const text = [
      '# catatan untuk editor',
      '',
      'tanggal,jumlah,donatur,catatan',
      '2025-12-08,38750000,312,Transfer',
      '',
      '6/12/2025,1.000.000,0,"Kotak amal, dihitung',
      'bersama"',
      '2025-12-09,5000,1',
      '2025-12-10,7000,2,',
    ].join('\r\n');
    const result = parseDonationsCsv(FILE, text);
    expect(result.problems).toEqual([]);
    expect(result.donations).toEqual([
      { line: 4, donation: { date: '2025-12-08', amount: 38_750_000, donors: 312, note: 'Transfer' } },
      { line: 6, donation: { date: '2025-12-06', amount: 1_000_000, donors: 0, note: 'Kotak amal, dihitung\r\nbersama' } },
      { line: 8, donation: { date: '2025-12-09', amount: 5_000, donors: 1 } },
      { line: 9, donation: { date: '2025-12-10', amount: 7_000, donors: 2 } },
    ]);
  });

  it('reads a header with a byte-order mark and without the note column', () => {
    const result = parseDonationsCsv(FILE, '\uFEFFtanggal,jumlah,donatur\n2025-12-08,100,1\n');
    expect(result.problems).toEqual([]);
    expect(result.donations).toEqual([{ line: 2, donation: { date: '2025-12-08', amount: 100, donors: 1 } }]);
  });

  // Each row: a CSV with one mistake, and the line, column and message the problem must carry.
  describe.each([
    { name: 'negative amount', row: '2025-12-08,-5000,1', field: 'jumlah', message: /negatif/ },
    { name: 'zero amount', row: '2025-12-08,0,1', field: 'jumlah', message: /tidak boleh nol/ },
    { name: 'fractional amount', row: '2025-12-08,"5000,5",1', field: 'jumlah', message: /berpecahan/ },
    { name: 'impossible date', row: '2025-02-30,5000,1', field: 'tanggal', message: /"2025-02-30" bukan tanggal yang valid/ },
    { name: 'words for a date', row: 'kemarin,5000,1', field: 'tanggal', message: /"kemarin" bukan tanggal/ },
    { name: 'missing date', row: ',5000,1', field: 'tanggal', message: /Tanggal wajib diisi/ },
    { name: 'negative donors', row: '2025-12-08,5000,-1', field: 'donatur', message: /tidak boleh negatif/ },
    { name: 'missing donors', row: '2025-12-08,5000,', field: 'donatur', message: /tulis 0 bila tidak diketahui/ },
    { name: 'an unquoted comma in the note', row: '2025-12-08,5000,1,Transfer, bank', field: '-', message: /apit dengan tanda kutip|diapit tanda kutip/ },
  ])('$name', ({ row, field, message }) => {
    it(`names line 4, column ${field}`, () => {
      const text = `# komentar\ntanggal,jumlah,donatur,catatan\n2025-12-07,100,1,baik\n${row}\n2025-12-09,200,1,baik\n`;
      const result = parseDonationsCsv(FILE, text);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ file: FILE, line: 4, field, severity: 'error' });
      expect(result.problems[0]?.message).toMatch(message);
      // The good rows around it are still read.
      expect(result.donations.map((d) => d.line)).toEqual([3, 5]);
    });
  });

  it.each([
    ['tanggal,nominal,donatur\n', /kolom hilang: jumlah; kolom tidak dikenal: nominal/],
    ['', /Berkas CSV kosong/],
    ['# hanya komentar\n', /Berkas CSV kosong/],
  ])('refuses the header of %j', (text, message) => {
    const result = parseDonationsCsv(FILE, text);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(message);
  });
});
