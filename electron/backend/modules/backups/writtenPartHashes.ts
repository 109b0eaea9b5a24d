import fs from 'node:fs';
import { backupHelpers } from '../../workers/workerPool';
import { CHUNK_BYTES, hashFileRange } from './zipParts';

/** A part's bytes in a zip: where they lie. */
export interface PartRange {
  name: string;
  start: number;
  size: number;
}

/** …and their SHA-256 as read back from the file. */
export interface HashedRange extends PartRange {
  sha256: string;
}

/** Parts are sent to be hashed in batches of about this many bytes: few messages, and the hashing keeps close behind the copy. */
const BATCH_BYTES = 32 * 1024 * 1024;

/** Runs on a worker thread: reads each range back from the file in large chunks and hashes it. */
export function hashFileRanges({ filePath, ranges }: { filePath: string; ranges: PartRange[] }): HashedRange[] {
  const fd = fs.openSync(filePath, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    return ranges.map((range) => ({ ...range, sha256: hashFileRange(fd, range.start, range.size, chunk) }));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The check of a zip just written, done while the rest is still being written: each part, once its bytes are in
 * the file, is read back from the file and hashed on a backup helper thread (backupHelpers), so on two cores the
 * hashing of the parts written so far overlaps the copying of the next ones instead of following the whole copy.
 * The hashes are compared with the manifest once the zip is complete (verifyBackupFile).
 */
export class WrittenPartHashes {
  private batch: PartRange[] = [];
  private batchBytes = 0;
  private readonly hashing: Promise<HashedRange[]>[] = [];

  constructor(private readonly filePath: string) {}

  /** A part whose `size` bytes are in the file from `start`. */
  add(name: string, start: number, size: number): void {
    this.batch.push({ name, start, size });
    this.batchBytes += size;
    if (this.batchBytes >= BATCH_BYTES) this.send();
  }

  private send(): void {
    if (this.batch.length === 0) return;
    const hashing = backupHelpers.run('backups.hashParts', { filePath: this.filePath, ranges: this.batch });
    // Awaited by all() or settled(); a write that fails first must not leave the rejection unhandled.
    hashing.catch(() => undefined);
    this.hashing.push(hashing);
    this.batch = [];
    this.batchBytes = 0;
  }

  /** Every part's range and hash, once the last hash is done. */
  async all(): Promise<ReadonlyMap<string, HashedRange>> {
    this.send();
    const hashed = (await Promise.all(this.hashing)).flat();
    return new Map(hashed.map((range) => [range.name, range]));
  }

  /** Resolves once no thread reads the file any more (before it is removed). */
  async settled(): Promise<void> {
    await Promise.allSettled(this.hashing);
  }
}
