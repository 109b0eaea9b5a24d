import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type yauzl from 'yauzl';
import type * as Yazl from 'yazl';
import { requireOnFirstUse } from '../../requireOnFirstUse';
import { syncFolder } from '../evidence/evidenceFiles';
import type { ManifestPart } from './backupFormat';
import type { ProgressReporter } from './operationProgress';

export { syncFolder };

/* Only backups and packages write or read zips; the back end's start does neither. */
const yazlLibrary = requireOnFirstUse<typeof Yazl>('yazl');
const yauzlLibrary = requireOnFirstUse<typeof yauzl>('yauzl');

export interface SourcePart {
  /** The entry's name inside the zip (forward slashes). */
  name: string;
  filePath: string;
}

/** Parts are read in large chunks: each chunk passes several streams (hash, yazl's CRC and counters), so fewer is faster. */
const CHUNK_BYTES = 1024 * 1024;

/** Entries carry a fixed time: the manifest holds the real one, and the same parts always give the same bytes. */
const ENTRY_TIME = new Date(Date.UTC(2020, 0, 1));

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
 * Streams the parts into a zip at `target` (stored, not deflated: evidence is mostly PDF and JPEG already),
 * hashing each as it passes, then adds the manifest made from those hashes as the last entry. One file is
 * open at a time and no part is ever held whole in memory. The file is flushed to disk before this resolves.
 */
export async function writeZip(
  target: string,
  parts: readonly SourcePart[],
  manifestEntry: string,
  manifestFor: (hashed: ManifestPart[]) => unknown,
  progress?: ProgressReporter,
): Promise<ManifestPart[]> {
  progress?.begin(parts.length, parts.reduce((sum, part) => sum + fs.statSync(part.filePath).size, 0));
  const { ZipFile } = yazlLibrary();
  const zip = new ZipFile();
  const hashed: ManifestPart[] = [];
  const written = pipeline(zip.outputStream, fs.createWriteStream(target, { flags: 'wx', highWaterMark: CHUNK_BYTES }));
  let failed: Error | undefined;
  const partsRead = parts.map(
    (part) =>
      new Promise<void>((resolve, reject) => {
        zip.addReadStreamLazy(part.name, { compress: false, mtime: ENTRY_TIME, mode: 0o100644 }, (callback) => {
          const source = fs.createReadStream(part.filePath, { highWaterMark: CHUNK_BYTES });
          const through = hashingPassThrough((sha256, size) => {
            hashed.push({ name: part.name, size, sha256 });
            progress?.file();
            resolve();
          }, progress);
          source.once('error', (error) => {
            reject(error);
            through.destroy(error);
          });
          through.once('error', (error) => {
            reject(error);
            source.destroy();
          });
          callback(null, source.pipe(through));
        });
      }),
  );
  try {
    await Promise.all(partsRead);
  } catch (error) {
    failed = error as Error;
  }
  if (failed) {
    (zip.outputStream as Readable).destroy(failed);
    await written.catch(() => undefined);
    throw failed;
  }
  zip.addBuffer(Buffer.from(JSON.stringify(manifestFor(hashed), null, 2), 'utf8'), manifestEntry, { compress: false, mtime: ENTRY_TIME, mode: 0o100644 });
  zip.end();
  await written;
  await syncFile(target);
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

export interface ZipEntryReader {
  /** Entry names in the order they are stored. */
  readonly names: string[];
  /** The entry's bytes, read whole: only for small entries such as the manifest. */
  readSmall(name: string, limit: number): Promise<Buffer>;
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
  const entryNamed = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no entry ${name}`);
    return entry;
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
    close: () => zip.close(),
  };
}
