import fs from 'node:fs';
import path from 'node:path';
import type { BackupView, BackupsStatus } from '../../../shared/contract/backups';
import { BACKUP_STALE_DAYS } from '../../../shared/contract/backups';
import { localize } from '../../../shared/i18n/catalog';
import { AppError, text } from '../../api/errors';
import { backupTimeFromName, basesOf, datedBackup, isBackupFileName, newestBackupFirst } from './backupFormat';
import type { BackupManifest } from './backupFormat';
import { backupFolderOf, defaultBackupFolder } from './backupFolder';
import { readBackupManifest } from './verifyBackup';

export function backupView(fileName: string, size: number, manifest: BackupManifest): BackupView {
  return {
    fileName,
    createdAt: manifest.createdAt,
    size,
    auditCount: manifest.auditCount,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    reason: manifest.reason,
    basedOn: basesOf(manifest),
    problem: null,
  };
}

async function describe(folder: string, fileName: string, supportedSchemaVersion: number): Promise<BackupView> {
  const size = fs.statSync(path.join(folder, fileName)).size;
  try {
    return backupView(fileName, size, await readBackupManifest(path.join(folder, fileName), supportedSchemaVersion));
  } catch (error) {
    const problem = error instanceof AppError ? error.message : String(error);
    return { fileName, createdAt: backupTimeFromName(fileName), size, auditCount: 0, appVersion: '', schemaVersion: 0, reason: 'manual', basedOn: [], problem };
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The backups in the chosen folder (newest first) and how old the newest is. A missing folder lists none. */
export async function backupsStatus(dataDir: string, supportedSchemaVersion: number, now: Date): Promise<BackupsStatus> {
  const folder = backupFolderOf(dataDir);
  let names: string[] = [];
  try {
    names = fs.readdirSync(folder).filter(isBackupFileName).sort().reverse();
  } catch {
    names = [];
  }
  const backups: BackupView[] = [];
  for (const name of names) {
    const backup = await describe(folder, name, supportedSchemaVersion);
    // A backup whose base is gone cannot be restored; a damaged base is found only by the restore's full check.
    const missing = backup.basedOn.find((base) => !names.includes(base));
    backups.push(missing === undefined ? backup : { ...backup, problem: localize(text('errors.backup.baseMissing', { file: name, base: missing })) });
  }
  const lastVerifiedAt = backups.find((backup) => backup.problem === null)?.createdAt ?? null;
  const stale = lastVerifiedAt === null || now.getTime() - new Date(lastVerifiedAt).getTime() > BACKUP_STALE_DAYS * DAY_MS;
  return { folder, defaultFolder: defaultBackupFolder(dataDir), lastVerifiedAt, stale, backups };
}

/**
 * The newest self-contained backup's age decides the start-up backup: older than a day (or none) → take one. A
 * before-import backup does not count: it takes its evidence from a self-contained one, which must stay recent.
 */
async function newestSelfContainedBackupTime(dataDir: string): Promise<Date | null> {
  const folder = backupFolderOf(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter(isBackupFileName);
  } catch {
    return null;
  }
  for (const { fileName, createdAt } of names.map(datedBackup).sort(newestBackupFirst)) {
    try {
      if (basesOf(await readBackupManifest(path.join(folder, fileName))).length === 0) return new Date(createdAt);
    } catch {
      // Not a backup this app can restore: it does not count.
    }
  }
  return null;
}

export async function backupIsDue(dataDir: string, now: Date): Promise<boolean> {
  const newest = await newestSelfContainedBackupTime(dataDir);
  return newest === null || now.getTime() - newest.getTime() > DAY_MS;
}
