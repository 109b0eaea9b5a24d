import fs from 'node:fs';

/**
 * The records of a zip whose entries are stored (not deflated), as APPNOTE 6.3.10 lays them out, ZIP64 where a
 * size, an offset or the count needs it. Written here rather than by yazl because yazl computes every entry's
 * CRC-32 in JavaScript on a stream of its own (about 190 MB/s here, the larger part of a backup's time), and no
 * zip library takes a CRC-32 computed by the caller in the same pass as the SHA-256: the writer below reads each
 * part once and feeds the same chunk to SHA-256, to zlib's native CRC-32 and to the file. Reading stays with
 * yauzl, which checks what this writes in every test that opens a backup or package.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const VERSION_PLAIN = 20;
const VERSION_ZIP64 = 45;
/** Made by Unix (3), so the external attributes carry the file mode. */
const MADE_BY_UNIX = 3 << 8;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;
/** Entries carry a fixed time, 2020-01-01 00:00 in MS-DOS form: the manifest holds the real one, and the same parts give the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const FILE_MODE = 0o100644;
/** Where the CRC-32 sits in a local header: written 0, patched once the entry's data has passed. */
export const CRC_AT = 14;

export interface StoredEntry {
  name: string;
  size: number;
  crc32: number;
  /** Where its local header starts. */
  offset: number;
}

function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(ZIP64_EXTRA, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, index) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * index));
  return extra;
}

/** The local header; a part's CRC-32 is left 0 until its data has passed (`CRC_AT` bytes in, patched in place). */
export function localHeader(name: string, size: number, crc32 = 0): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const zip64 = size >= MAX_32;
  const extra = zip64 ? zip64Extra([size, size]) : Buffer.alloc(0);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_PLAIN, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(STORED, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(crc32, CRC_AT);
  header.writeUInt32LE(zip64 ? MAX_32 : size, 18);
  header.writeUInt32LE(zip64 ? MAX_32 : size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, nameBytes, extra]);
}

function centralHeader(entry: StoredEntry): Buffer {
  const nameBytes = Buffer.from(entry.name, 'utf8');
  const large = [...(entry.size >= MAX_32 ? [entry.size, entry.size] : []), ...(entry.offset >= MAX_32 ? [entry.offset] : [])];
  const extra = large.length > 0 ? zip64Extra(large) : Buffer.alloc(0);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(MADE_BY_UNIX | VERSION_ZIP64, 4);
  header.writeUInt16LE(large.length > 0 ? VERSION_ZIP64 : VERSION_PLAIN, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(STORED, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc32, 16);
  header.writeUInt32LE(Math.min(entry.size, MAX_32), 20);
  header.writeUInt32LE(Math.min(entry.size, MAX_32), 24);
  header.writeUInt16LE(nameBytes.length, 28);
  header.writeUInt16LE(extra.length, 30);
  // Comment length, disk number and internal attributes stay 0.
  header.writeUInt32LE((FILE_MODE << 16) >>> 0, 38);
  header.writeUInt32LE(Math.min(entry.offset, MAX_32), 42);
  return Buffer.concat([header, nameBytes, extra]);
}

/** The central directory and the end records, for a directory starting at `offset`. */
export function centralDirectory(entries: readonly StoredEntry[], offset: number): Buffer {
  const directory = Buffer.concat(entries.map(centralHeader));
  const zip64 = entries.length >= MAX_16 || directory.length >= MAX_32 || offset >= MAX_32;
  const records: Buffer[] = [directory];
  if (zip64) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(ZIP64_END_OF_CENTRAL_DIRECTORY, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(MADE_BY_UNIX | VERSION_ZIP64, 12);
    end64.writeUInt16LE(VERSION_ZIP64, 14);
    end64.writeBigUInt64LE(BigInt(entries.length), 24);
    end64.writeBigUInt64LE(BigInt(entries.length), 32);
    end64.writeBigUInt64LE(BigInt(directory.length), 40);
    end64.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(ZIP64_LOCATOR, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    records.push(end64, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(Math.min(entries.length, MAX_16), 8);
  end.writeUInt16LE(Math.min(entries.length, MAX_16), 10);
  end.writeUInt32LE(Math.min(directory.length, MAX_32), 12);
  end.writeUInt32LE(zip64 ? MAX_32 : offset, 16);
  records.push(end);
  return Buffer.concat(records);
}

/** The 4 bytes of a CRC-32 as a header holds them. */
export function crcBytes(crc32: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(crc32, 0);
  return bytes;
}

/** Where an entry's data starts, read from its local header; throws when no local header is there. */
export function dataStart(fd: number, headerAt: number): number {
  const header = Buffer.alloc(30);
  if (fs.readSync(fd, header, 0, 30, headerAt) !== 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`no local header at ${headerAt}`);
  return headerAt + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** Writes the whole of `bytes` at `position` (writeSync may write less than asked). */
export function writeAt(fd: number, bytes: Uint8Array, position: number): number {
  let written = 0;
  while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written, position + written);
  return bytes.length;
}
