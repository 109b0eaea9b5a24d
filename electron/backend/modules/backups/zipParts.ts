import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type yauzl from 'yauzl';
import { requireOnFirstUse } from '../../requireOnFirstUse';
import { syncFolder } from '../evidence/evidenceFiles';
import type { ManifestPart } from './backupFormat';
import type { ProgressReporter } from './operationProgress';
import { CRC_AT, centralDirectory, crcBytes, dataStart, localHeader, writeAt } from './storedZip';
import type { StoredEntry } from './storedZip';

export { syncFolder };

/* Only backups and packages read zips; the back end's start does not. */
const yauzlLibrary = requireOnFirstUse<typeof yauzl>('yauzl');

export interface SourcePart {
  /** The entry's name inside the zip (forward slashes). */
  name: string;
  filePath: string;
  /**
   * The part's SHA-256 when it is known beforehand (an evidence file is stored under it): the manifest takes it
   * as is and the check after writing, which hashes every entry, proves the bytes match it.
   */
  sha256?: string;
  /**
   * A part still being made when the zip is begun (a backup's store copy, on a helper thread): the copy waits for
   * `ready` when it comes to this part, and the progress counts `expectedSize` for it until then. A part whose
   * `digest` another thread computes is only copied here, while that thread reads it once for both sums.
   */
  making?: { ready: Promise<unknown>; expectedSize: number; digest?: Promise<PartDigest> };
}

/** A part's SHA-256 and CRC-32, from one reading of its bytes. */
export interface PartDigest {
  sha256: string;
  crc32: number;
}

/** Runs on a helper thread: the SHA-256 and CRC-32 of a whole file, read once in large chunks. */
export function digestFile({ filePath }: { filePath: string }): PartDigest {
  const fd = fs.openSync(filePath, 'r');
  try {
    let crc32 = 0;
    const sha256 = hashFileRange(fd, 0, fs.fstatSync(fd).size, Buffer.allocUnsafe(CHUNK_BYTES), (bytes) => (crc32 = zlib.crc32(bytes, crc32)));
    return { sha256, crc32 };
  } finally {
    fs.closeSync(fd);
  }
}

/** Parts are read in large chunks into one buffer used again and again: fewer system calls, nothing held whole. */
export const CHUNK_BYTES = 1024 * 1024;

function hashingPassThrough(onDone: (sha256: string, size: number) => void, progress?: ProgressReporter): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        progress?.bytes(chunk.length);
      } catch (error) {
        callback(error as Error);
        return;
      }
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      onDone(hash.digest('hex'), size);
      callback();
    },
  });
}

/**
 * Copies one part into the zip at `position`: each chunk is read once and goes to the file and, unless another
 * thread digests the part, to SHA-256 (unless the part's is known) and to zlib's CRC-32; the CRC-32 is then
 * patched into the local header. Returns where the next entry starts.
 */
async function copyPart(out: number, part: SourcePart, position: number, chunk: Buffer, entries: StoredEntry[], hashed: ManifestPart[], progress?: ProgressReporter): Promise<number> {
  const digestedElsewhere = part.making?.digest;
  const source = fs.openSync(part.filePath, 'r');
  let size: number;
  let at: number;
  let digest: PartDigest | undefined;
  try {
    size = fs.fstatSync(source).size;
    const header = localHeader(part.name, size);
    at = position + writeAt(out, header, position);
    const hash = part.sha256 === undefined && !digestedElsewhere ? createHash('sha256') : undefined;
    let crc = 0;
    let copied = 0;
    for (let read = fs.readSync(source, chunk, 0, CHUNK_BYTES, null); read > 0; read = fs.readSync(source, chunk, 0, CHUNK_BYTES, null)) {
      progress?.bytes(read);
      const bytes = chunk.subarray(0, read);
      hash?.update(bytes);
      if (!digestedElsewhere) crc = zlib.crc32(bytes, crc);
      at += writeAt(out, bytes, at);
      copied += read;
    }
    // The size went into the header before the data: a part that changed meanwhile is not a part of this backup.
    if (copied !== size) throw new Error(`${part.name} changed while it was copied`);
    if (!digestedElsewhere) digest = { sha256: hash?.digest('hex') ?? part.sha256!, crc32: crc };
  } finally {
    fs.closeSync(source);
  }
  // The check that reads the part back from the zip proves these sums are those of the bytes copied.
  digest ??= await digestedElsewhere!;
  writeAt(out, crcBytes(digest.crc32), position + CRC_AT);
  entries.push({ name: part.name, size, crc32: digest.crc32, offset: position });
  hashed.push({ name: part.name, size, sha256: digest.sha256 });
  progress?.file();
  return at;
}

/** What checks a zip as it is written (a backup's verification); a package is written without one. */
export interface ZipCheck {
  /** Each part once its `size` bytes are in the file from `start`. */
  partWritten(name: string, start: number, size: number): void;
  /** Once the zip is complete, while it is flushed to disk. */
  complete(): Promise<unknown>;
}

/** Dirty pages are sent to the disk every so many bytes while the copy goes on, so the final flush has little left to wait for. */
const WRITEBACK_BYTES = 64 * 1024 * 1024;

/**
 * Starts writing the zip to the disk while it is still being copied (fdatasync on libuv's threads, one at a
 * time): the disk works during the copy instead of only after it. Durability still rests on the full flush at
 * the end; these only make it shorter.
 */
class EarlyWriteback {
  private pending = 0;
  private running: Promise<void> | undefined;

  constructor(private readonly fd: number) {}

  wrote(bytes: number): void {
    this.pending += bytes;
    if (this.pending < WRITEBACK_BYTES || this.running) return;
    this.pending = 0;
    this.running = new Promise<void>((resolve) => fs.fdatasync(this.fd, () => resolve())).finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when no flush holds the file any more (before it is closed). */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }
}

/**
 * Writes the parts into a zip at `target` (stored, not deflated: evidence is mostly PDF and JPEG already), each
 * read once and hashed as it passes (unless its hash is known), then the manifest made from those hashes as the
 * last entry, then the central directory. One file is open at a time, one 1 MiB buffer serves every chunk. The
 * file is flushed to disk before this resolves; a `check` reads back each part as soon as it is written and
 * finishes while the zip is flushed. `manifestFor` may wait (a backup waits there for its store's integrity_check). Runs on a worker thread (backups, packages): synchronous reads and writes
 * there block nobody, and progress and cancel go through shared memory, checked at every chunk.
 */
export async function writeZip(
  target: string,
  parts: readonly SourcePart[],
  manifestEntry: string,
  manifestFor: (hashed: ManifestPart[]) => unknown,
  progress?: ProgressReporter,
  check?: ZipCheck,
): Promise<ManifestPart[]> {
  progress?.begin(parts.length, parts.reduce((sum, part) => sum + (part.making?.expectedSize ?? fs.statSync(part.filePath).size), 0));
  const out = fs.openSync(target, 'wx');
  const writeback = new EarlyWriteback(out);
  let hashed: ManifestPart[];
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    const entries: StoredEntry[] = [];
    hashed = [];
    let at = 0;
    for (const part of parts) {
      await part.making?.ready;
      const next = await copyPart(out, part, at, chunk, entries, hashed, progress);
      writeback.wrote(next - at);
      const { size } = entries[entries.length - 1]!;
      check?.partWritten(part.name, next - size, size);
      at = next;
      // The copy is synchronous: between parts the event loop hands the helpers their next batch and takes their
      // answers, and an early flush that finished lets the next one start.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const manifest = Buffer.from(JSON.stringify(await manifestFor(hashed), null, 2), 'utf8');
    const manifestCrc = zlib.crc32(manifest);
    entries.push({ name: manifestEntry, size: manifest.length, crc32: manifestCrc, offset: at });
    at += writeAt(out, localHeader(manifestEntry, manifest.length, manifestCrc), at);
    at += writeAt(out, manifest, at);
    writeAt(out, centralDirectory(entries, at), at);
  } finally {
    await writeback.settled();
    fs.closeSync(out);
  }
  // The flush waits on the disk on a thread of libuv's own; the check of what was written (read back from the page
  // cache, as it would be after the flush too) finishes meanwhile.
  // Both settle before a failure is thrown, so the caller never removes a file the flush still holds open.
  const [flushed, checked] = await Promise.allSettled([syncFile(target), check?.complete()]);
  for (const outcome of [checked, flushed]) if (outcome.status === 'rejected') throw outcome.reason;
  return hashed;
}

export async function syncFile(filePath: string): Promise<void> {
  const handle = await fs.promises.open(filePath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Every regular file under the folders, as parts named by their path relative to `root`, in a stable order. */
export function filesUnder(root: string, folders: readonly string[]): SourcePart[] {
  const parts: SourcePart[] = [];
  const walk = (relative: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      // Half-written temporaries (.<hash>.<random>.tmp) are not part of the store's files.
      else if (entry.isFile() && !entry.name.endsWith('.tmp')) parts.push({ name: child, filePath: path.join(root, child) });
    }
  };
  for (const folder of folders) walk(folder);
  return parts;
}

/** The SHA-256 of `size` bytes of a file from `start`, read in chunks of the given buffer; `onRead` sees the bytes of each read. */
export function hashFileRange(fd: number, start: number, size: number, chunk: Buffer, onRead?: (bytes: Buffer) => void): string {
  const hash = createHash('sha256');
  for (let done = 0; done < size; ) {
    const read = fs.readSync(fd, chunk, 0, Math.min(chunk.length, size - done), start + done);
    if (read === 0) throw new Error(`cut short at ${start + done}`);
    const bytes = chunk.subarray(0, read);
    onRead?.(bytes);
    hash.update(bytes);
    done += read;
  }
  return hash.digest('hex');
}

export interface ZipEntryReader {
  /** Entry names in the order they are stored. */
  readonly names: string[];
  /** The entry's bytes, read whole: only for small entries such as the manifest. */
  readSmall(name: string, limit: number): Promise<Buffer>;
  /**
   * Reads a stored entry in place, in large chunks, and returns its SHA-256 and size: the check of a backup just
   * written, with nothing to extract. (Its CRC-32 was computed from the same chunks as the SHA-256 the manifest
   * holds or the name it was stored under: bytes that match that hash match the CRC-32.)
   */
  hashStoredEntry(name: string, progress?: ProgressReporter): { sha256: string; size: number };
  /** Where a stored entry's bytes lie in the file, as the central directory and the local header place them. */
  storedRange(name: string): { start: number; size: number };
  /** Streams the entry through a hash into `into` (when given) and returns its SHA-256 and size. */
  hashEntry(name: string, into?: NodeJS.WritableStream, progress?: ProgressReporter): Promise<{ sha256: string; size: number }>;
  close(): void;
}

/** Opens a zip for reading entries one at a time (yauzl validates names: no absolute paths, no "..", no backslashes). */
export async function openZip(filePath: string): Promise<ZipEntryReader> {
  const zip = await yauzlLibrary().openPromise(filePath, { autoClose: false, strictFileNames: true, validateEntrySizes: true });
  const entries = new Map<string, yauzl.Entry>();
  const names: string[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entries.has(entry.fileName)) throw new Error(`duplicate entry ${entry.fileName}`);
      entries.set(entry.fileName, entry);
      names.push(entry.fileName);
    }
  } catch (error) {
    zip.close();
    throw error;
  }
  let fd: number | undefined;
  let chunk: Buffer | undefined;
  const entryNamed = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no entry ${name}`);
    return entry;
  };
  const storedRange = (name: string) => {
    const entry = entryNamed(name);
    if (entry.compressionMethod !== 0 || entry.compressedSize !== entry.uncompressedSize) throw new Error(`${name} is not stored`);
    fd ??= fs.openSync(filePath, 'r');
    return { start: dataStart(fd, entry.relativeOffsetOfLocalHeader), size: entry.uncompressedSize };
  };
  return {
    names,
    async readSmall(name, limit) {
      const entry = entryNamed(name);
      if (entry.uncompressedSize > limit) throw new Error(`${name} is larger than ${limit} bytes`);
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    async hashEntry(name, into, progress) {
      let result = { sha256: '', size: 0 };
      const through = hashingPassThrough((sha256, size) => {
        result = { sha256, size };
        progress?.file();
      }, progress);
      const stream = await zip.openReadStreamPromise(entryNamed(name));
      if (into) await pipeline(stream, through, into);
      else {
        through.resume();
        await pipeline(stream, through);
      }
      return result;
    },
    storedRange,
    hashStoredEntry(name, progress) {
      const { start, size } = storedRange(name);
      chunk ??= Buffer.allocUnsafe(CHUNK_BYTES);
      const sha256 = hashFileRange(fd!, start, size, chunk, (bytes) => progress?.bytes(bytes.length));
      progress?.file();
      return { sha256, size };
    },
    close: () => {
      zip.close();
      if (fd !== undefined) fs.closeSync(fd);
    },
  };
}
