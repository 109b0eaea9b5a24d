import fs from 'node:fs';
import path from 'node:path';
import { AppError, text } from '../../api/errors';
import { backupHelpers } from '../../workers/workerPool';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, FILE_FOLDERS, MANIFEST_ENTRY, SELF_CONTAINED_FORMAT_VERSION, STORE_ENTRY, backupFileName, basesOf, datedBackup, isBackupFileName, referringReasons } from './backupFormat';
import type { BackupManifest, BackupReason, ManifestPart } from './backupFormat';
import { evidenceHeldIn, manifestsIn } from './backupBases';
import { ProgressReporter } from './operationProgress';
import { backupsToKeep } from './rotation';
import { storeSize } from './storeSnapshot';
import type { SnapshotFacts } from './storeSnapshot';
import { verifyBackupFile } from './verifyBackup';
import { WrittenPartHashes } from './writtenPartHashes';
import { filesUnder, syncFolder, writeZip } from './zipParts';
import type { PartDigest, SourcePart } from './zipParts';

export interface WriteBackupJob {
  storePath: string;
  dataDir: string;
  folder: string;
  appVersion: string;
  reason: BackupReason;
  /** ISO instant; the caller's clock, so tests can fake it. */
  createdAt: string;
  nativeBinding?: string;
  /** Backups the rotation must not remove this time (the one being restored). */
  protect?: string[];
  /** Shared with the API thread: files and bytes done, and the user's cancel request. */
  progress?: SharedArrayBuffer;
}

export interface WrittenBackup {
  fileName: string;
  size: number;
  manifest: BackupManifest;
  /** Older backups the rotation removed. */
  removed: string[];
}

function freeName(folder: string, createdAt: Date): string {
  for (let attempt = 0; ; attempt += 1) {
    const name = backupFileName(createdAt, attempt);
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
}

/** A backup cut short (the app was killed while writing it) leaves only its temporaries, never a backup's name: removed at start. */
export function removeUnfinishedBackups(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith('.sao-luu-') && /\.tmp(-journal)?$/.test(name)) fs.rmSync(path.join(folder, name), { force: true });
}

/** Deletes the backups in the folder that fall outside 7 daily, 4 weekly and 12 monthly and that no kept backup takes parts from. */
export async function rotateBackups(folder: string, protect: readonly string[] = []): Promise<string[]> {
  const named = fs.readdirSync(folder).filter(isBackupFileName);
  const manifests = await manifestsIn(folder);
  const dated = named.map((fileName) => {
    const manifest = manifests.get(fileName);
    return { ...datedBackup(fileName), basedOn: manifest ? basesOf(manifest) : [] };
  });
  const keep = backupsToKeep(dated, protect);
  const removed = named.filter((name) => !keep.has(name)).sort();
  for (const name of removed) fs.rmSync(path.join(folder, name), { force: true });
  return removed;
}

/**
 * Evidence is stored under its SHA-256 (evidence/ab/ab12…): the zip pass takes that name as the part's hash instead
 * of computing it, and the check after writing, which hashes every entry, proves the bytes match it, so a file
 * changed on disk since it was stored fails the backup instead of travelling under a wrong hash.
 */
function withStoredHash(part: SourcePart): SourcePart {
  const stored = /^evidence\/([0-9a-f]{2})\/(\1[0-9a-f]{62})$/.exec(part.name);
  return stored ? { ...part, sha256: stored[2] } : part;
}

/**
 * The evidence parts a base in the folder holds (evidenceHeldIn), left out of the zip and listed with the base that
 * holds them. Only a file whose size still matches is left out: one changed on disk is copied, and then fails the
 * backup's check naming it, as in a self-contained backup.
 */
function heldByBases(parts: readonly SourcePart[], held: ReadonlyMap<string, ManifestPart>): Map<string, ManifestPart> {
  const referred = new Map<string, ManifestPart>();
  for (const part of parts) {
    const base = held.get(part.name);
    if (base && base.sha256 === part.sha256 && base.size === fs.statSync(part.filePath).size) referred.set(part.name, base);
  }
  return referred;
}

/**
 * Runs on a worker thread. Zip of the evidence, minutes and a snapshot of the store, with a manifest of SHA-256s →
 * renamed to its final name. On the backup's helper threads, beside the zip pass: the snapshot (SQLite's online
 * backup API) and then its integrity_check, while the evidence is zipped, the store copy going in last; and every
 * part read back from the zip as soon as it is written and hashed again. The manifest waits for the check, the
 * final check of the finished zip for the hashes. Only a verified backup ever carries a backup's name; a failure at
 * any step leaves no file behind.
 */
export async function writeBackup(job: WriteBackupJob): Promise<WrittenBackup> {
  try {
    fs.mkdirSync(job.folder, { recursive: true });
    fs.accessSync(job.folder, fs.constants.W_OK);
  } catch (error) {
    throw new AppError('CONFLICT', text('errors.backup.folderUnusable', { folder: job.folder, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
  const createdAt = new Date(job.createdAt);
  const fileName = freeName(job.folder, createdAt);
  const snapshot = path.join(job.folder, `.${fileName}.sqlite.tmp`);
  const temporary = path.join(job.folder, `.${fileName}.tmp`);
  const progress = new ProgressReporter(job.progress);
  const readBack = new WrittenPartHashes(temporary);
  let storeChecked: Promise<SnapshotFacts> | undefined;
  let storeDigest: Promise<PartDigest> | undefined;
  try {
    progress.throwIfCancelled();
    const expectedSize = storeSize(job.storePath, job.nativeBinding);
    // Copying the store is SQLite's page-by-page work, the zip's is the disk's: on two cores they overlap.
    const snapshotted = backupHelpers.run('backups.snapshotStore', { storePath: job.storePath, target: snapshot, nativeBinding: job.nativeBinding });
    storeChecked = snapshotted.then(() => backupHelpers.run('backups.checkStoreCopy', { filePath: snapshot, nativeBinding: job.nativeBinding }));
    // The copy's sums are taken beside its copying into the zip, which is then a plain copy.
    storeDigest = snapshotted.then(() => backupHelpers.run('backups.digestFile', { filePath: snapshot }));
    // All are awaited below; a failure while the evidence is zipped must not go unhandled meanwhile.
    for (const pending of [snapshotted, storeChecked, storeDigest]) pending.catch(() => undefined);
    const storePart: SourcePart = { name: STORE_ENTRY, filePath: snapshot, making: { ready: snapshotted, expectedSize, digest: storeDigest } };
    const files = filesUnder(job.dataDir, FILE_FOLDERS).map(withStoredHash);
    const parts = [storePart, ...files];
    const heldElsewhere = referringReasons.includes(job.reason) ? heldByBases(files, evidenceHeldIn(await manifestsIn(job.folder))) : new Map<string, ManifestPart>();
    let manifest: BackupManifest | undefined;
    await writeZip(temporary, [...files.filter((part) => !heldElsewhere.has(part.name)), storePart], MANIFEST_ENTRY, async (hashed) => {
      const facts = await storeChecked!;
      if (facts.problems.length > 0) throw new AppError('STORE_DAMAGED', text('errors.backup.damaged', { file: fileName, detail: text('errors.backup.storeDamaged', { detail: facts.problems.slice(0, 3).join('; ') }) }));
      const written = new Map(hashed.map((part) => [part.name, part]));
      manifest = {
        format: BACKUP_FORMAT,
        formatVersion: heldElsewhere.size > 0 ? BACKUP_FORMAT_VERSION : SELF_CONTAINED_FORMAT_VERSION,
        appVersion: job.appVersion,
        schemaVersion: facts.schemaVersion,
        createdAt: createdAt.toISOString(),
        reason: job.reason,
        auditCount: facts.auditCount,
        parts: parts.map((part) => heldElsewhere.get(part.name) ?? written.get(part.name)!),
      };
      return manifest;
    }, progress, {
      partWritten: (name, start, size) => readBack.add(name, start, size),
      // The snapshot has done its part once it is in the zip: it is removed meanwhile, on libuv's threads.
      complete: () =>
        Promise.all([
          readBack.all().then((hashedWhileWriting) => verifyBackupFile(temporary, { supportedSchemaVersion: manifest!.schemaVersion, hashedWhileWriting })),
          fs.promises.rm(snapshot, { force: true }),
        ]),
    });
    fs.renameSync(temporary, path.join(job.folder, fileName));
    syncFolder(job.folder);
    const size = fs.statSync(path.join(job.folder, fileName)).size;
    return { fileName, size, manifest: manifest!, removed: await rotateBackups(job.folder, job.protect) };
  } catch (error) {
    // No thread of the pool may still be reading what is removed.
    await readBack.settled();
    fs.rmSync(temporary, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('CONFLICT', text('errors.backup.folderUnusable', { folder: job.folder, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  } finally {
    await Promise.allSettled([storeChecked, storeDigest]);
    fs.rmSync(snapshot, { force: true });
    fs.rmSync(`${snapshot}-journal`, { force: true });
  }
}
