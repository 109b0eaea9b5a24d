import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, text } from '../../api/errors';
import { FILE_FOLDERS, STORE_ENTRY } from './backupFormat';
import type { BackupManifest } from './backupFormat';
import { ProgressReporter } from './operationProgress';
import { STAGING_PREFIX } from './restoreSwap';
import { checkStoreCopy } from './storeSnapshot';
import { verifyBackupFile } from './verifyBackup';

export interface PrepareRestoreJob {
  backupPath: string;
  dataDir: string;
  supportedSchemaVersion: number;
  nativeBinding?: string;
  progress?: SharedArrayBuffer;
}

export interface PreparedRestore {
  stagingDir: string;
  manifest: BackupManifest;
}

const belongsInBackup = (name: string) => name === STORE_ENTRY || FILE_FOLDERS.some((folder) => name.startsWith(`${folder}/`));

function fsyncTree(root: string): void {
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const handle = fs.openSync(path.join(entry.parentPath, entry.name), 'r+');
    try {
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
  }
}

/**
 * Runs on a worker thread. Checks the backup whole while extracting it beside the store (hashes, then
 * integrity_check of the extracted store), and flushes every file. Nothing live is touched: a refusal
 * leaves the data folder as it was.
 */
export async function prepareRestore(job: PrepareRestoreJob): Promise<PreparedRestore> {
  const fileName = path.basename(job.backupPath);
  const stagingDir = path.join(job.dataDir, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  fs.mkdirSync(path.join(stagingDir, 'minutes'), { recursive: true });
  try {
    const manifest = await verifyBackupFile(job.backupPath, {
      supportedSchemaVersion: job.supportedSchemaVersion,
      progress: new ProgressReporter(job.progress),
      extractTo: (name) => {
        if (!belongsInBackup(name)) throw new AppError('VALIDATION', text('errors.backup.damaged', { file: fileName, detail: text('errors.backup.partUnlisted', { part: name }) }));
        const target = path.join(stagingDir, name);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        return fs.createWriteStream(target, { flags: 'wx' });
      },
    });
    if (!manifest.parts.some((part) => part.name === STORE_ENTRY)) throw new AppError('VALIDATION', text('errors.backup.damaged', { file: fileName, detail: text('errors.backup.partMissing', { part: STORE_ENTRY }) }));
    const facts = checkStoreCopy(path.join(stagingDir, STORE_ENTRY), job.nativeBinding);
    if (facts.problems.length > 0) throw new AppError('VALIDATION', text('errors.backup.damaged', { file: fileName, detail: text('errors.backup.storeDamaged', { detail: facts.problems.slice(0, 3).join('; ') }) }));
    if (facts.schemaVersion > job.supportedSchemaVersion) throw new AppError('CONFLICT', text('errors.backup.newerSchema', { file: fileName, appVersion: manifest.appVersion }));
    fsyncTree(stagingDir);
    return { stagingDir, manifest };
  } catch (error) {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    throw error;
  }
}
