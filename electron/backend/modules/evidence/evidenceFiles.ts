import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** <data folder>/evidence/<first two hex digits>/<sha256>: one file per content, whatever its name. */
export function evidencePath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'evidence', sha256.slice(0, 2), sha256);
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function intact(filePath: string, sha256: string): boolean {
  try {
    return sha256Of(fs.readFileSync(filePath)) === sha256;
  } catch {
    return false;
  }
}

/**
 * Writes the content under its hash unless an intact copy is already there. The bytes go to a
 * temporary file that is flushed and then renamed, so a crash leaves either no file or a whole one.
 */
export function storeEvidenceFile(dataDir: string, sha256: string, bytes: Uint8Array): void {
  const target = evidencePath(dataDir, sha256);
  if (intact(target, sha256)) return;
  const folder = path.dirname(target);
  fs.mkdirSync(folder, { recursive: true });
  const temporary = path.join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/** Makes the rename itself durable (where the platform allows opening a folder). */
export function syncFolder(folder: string): void {
  try {
    const handle = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    // Windows cannot open a folder for syncing; NTFS journals the rename itself.
  }
}

/** The stored bytes, or null when the file is missing or no longer matches its hash. */
export function readEvidenceFile(dataDir: string, sha256: string): Buffer | null {
  try {
    const bytes = fs.readFileSync(evidencePath(dataDir, sha256));
    return sha256Of(bytes) === sha256 ? bytes : null;
  } catch {
    return null;
  }
}

export function deleteEvidenceFile(dataDir: string, sha256: string): void {
  fs.rmSync(evidencePath(dataDir, sha256), { force: true });
}
