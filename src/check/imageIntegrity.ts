/**
 * Whether an image file an editor names is a whole image: the content check's answer to an upload
 * cut off half-way, or a file renamed to `.jpg` that holds something else.
 *
 * Without it, a file that is not an image stopped the build inside Astro's bundler with an English
 * error, and a cut-off PNG or JPEG was published: sharp reads what is there and greys out the rest.
 * The check reads only a few bytes at each end (the format's signature, its end marker or its
 * declared length), so it costs nothing next to the build; a file shared by many articles is read
 * once per process while it stays the same size and age.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type ImageFault = 'not-an-image' | 'cut-off';

const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');
/** The IEND chunk every PNG ends with: length 0, type, CRC. */
const PNG_END = Buffer.from('0000000049454e44ae426082', 'hex');
/** How far from the end a JPEG's end-of-image marker may sit (some cameras pad after it). */
const JPEG_TAIL = 4096;

const known = new Map<string, { size: number; mtimeMs: number; fault: ImageFault | undefined }>();

/** Undefined when `path` holds a whole PNG, JPEG, WebP or AVIF image; else what is wrong with it. */
export function imageFault(path: string): ImageFault | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    // Unreadable: the build says so with its own words; this rule only judges what it can read.
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    // A folder named like an image.
    if (!stat.isFile()) return 'not-an-image';
    const { size, mtimeMs } = stat;
    const seen = known.get(path);
    if (seen && seen.size === size && seen.mtimeMs === mtimeMs) return seen.fault;
    const fault = judge((position, length) => {
      // A file shorter than what a format asks for at its end is read from its start.
      const start = Math.max(0, position);
      const bytes = Buffer.alloc(Math.max(0, Math.min(length, size - start)));
      readSync(fd, bytes, 0, bytes.length, start);
      return bytes;
    }, size);
    known.set(path, { size, mtimeMs, fault });
    return fault;
  } finally {
    closeSync(fd);
  }
}

type Read = (position: number, length: number) => Buffer;

function judge(read: Read, size: number): ImageFault | undefined {
  const head = read(0, 16);
  if (head.subarray(0, 8).equals(PNG_SIGNATURE)) return read(size - PNG_END.length, PNG_END.length).equals(PNG_END) ? undefined : 'cut-off';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return hasJpegEnd(read(Math.max(0, size - JPEG_TAIL), JPEG_TAIL)) ? undefined : 'cut-off';
  if (head.toString('latin1', 0, 4) === 'RIFF' && size < 12) return 'cut-off';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return size >= head.readUInt32LE(4) + 8 ? undefined : 'cut-off';
  if (head.toString('latin1', 4, 8) === 'ftyp') return boxesFill(read, size) ? undefined : 'cut-off';
  return 'not-an-image';
}

/** The end-of-image marker (FF D9) within the last bytes. */
function hasJpegEnd(tail: Buffer): boolean {
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}

/** AVIF (ISO base media): the top-level boxes, each with its length, add up to exactly the file. */
function boxesFill(read: Read, size: number): boolean {
  let position = 0;
  while (position < size) {
    const header = read(position, 16);
    if (header.length < 8) return false;
    let length = header.readUInt32BE(0);
    if (length === 1) {
      if (header.length < 16) return false;
      length = Number(header.readBigUInt64BE(8));
    } else if (length === 0) {
      length = size - position;
    }
    if (length < 8) return false;
    position += length;
  }
  return position === size;
}
