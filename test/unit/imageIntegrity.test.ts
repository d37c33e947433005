import sharp from 'sharp';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageFault } from '~/check/imageIntegrity';

const dir = mkdtempSync(join(tmpdir(), 'asn-gambar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS = ['png', 'jpeg', 'webp', 'avif'] as const;
const whole: Record<string, Buffer> = {};
beforeAll(async () => {
  const source = sharp('content/gambar/lima-pilar-asn-prima.png').resize({ width: 300 });
  for (const format of FORMATS) whole[format] = await source.clone().toFormat(format).toBuffer();
});

let n = 0;
const file = (bytes: Buffer | string) => {
  const path = join(dir, `berkas-${n++}`);
  writeFileSync(path, bytes);
  return path;
};

describe('whether an image file is whole', () => {
  it.each(FORMATS)('accepts a whole %s', (format) => {
    expect(imageFault(file(whole[format]!))).toBeUndefined();
  });

  it.each(FORMATS)('finds a %s cut off after half, a quarter or all but its last bytes', (format) => {
    const bytes = whole[format]!;
    for (const keep of [Math.floor(bytes.length / 2), Math.floor(bytes.length / 4), bytes.length - 2]) {
      expect(imageFault(file(bytes.subarray(0, keep))), `${keep} of ${bytes.length}`).toBe('cut-off');
    }
  });

  it('finds a file that holds only the first bytes of a format', () => {
    for (const format of FORMATS) expect(imageFault(file(whole[format]!.subarray(0, 9))), format).toBe('cut-off');
  });

  it('accepts a JPEG with padding after its end, as some cameras write', () => {
    expect(imageFault(file(Buffer.concat([whole['jpeg']!, Buffer.alloc(300)])))).toBeUndefined();
  });

  it('finds files that are no image: text, an empty file, a web page, a folder', () => {
    expect(imageFault(file('Ini catatan, bukan foto.\n'))).toBe('not-an-image');
    expect(imageFault(file(''))).toBe('not-an-image');
    expect(imageFault(file('<!doctype html><title>foto.jpg</title>'))).toBe('not-an-image');
    const folder = join(dir, 'folder.jpg');
    mkdirSync(folder);
    expect(imageFault(folder)).toBe('not-an-image');
  });

  it('looks again when the file changes, and leaves a file it cannot open to the build', () => {
    const path = file(whole['png']!.subarray(0, 100));
    expect(imageFault(path)).toBe('cut-off');
    writeFileSync(path, whole['png']!);
    expect(imageFault(path)).toBeUndefined();
    expect(imageFault(join(dir, 'tidak-ada.png'))).toBeUndefined();
  });
});
