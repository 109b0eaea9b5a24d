import type { Store } from '../../../../db/store';
import type { BackendConfig } from '../../api/context';
import { AppError } from '../../api/errors';
import { backgroundWork } from '../../workers/workerPool';
import type { BackupReason } from './backupFormat';
import { backupFolderOf } from './backupFolder';
import { backupMessages } from './messages';
import type { WrittenBackup } from './writeBackup';

/** Data folders with a backup or restore under way: one at a time per store. */
const busyStores = new Set<string>();

/** Runs `work` as the store's only backup/restore; a second one meanwhile is refused, not queued. */
export async function exclusively<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  if (busyStores.has(dataDir)) throw new AppError('CONFLICT', backupMessages.busy);
  busyStores.add(dataDir);
  try {
    return await work();
  } finally {
    busyStores.delete(dataDir);
  }
}

export interface BackupSource {
  store: Pick<Store, 'filePath' | 'nativeBinding'>;
  config: Pick<BackendConfig, 'dataDir' | 'appVersion'>;
}

/** Writes, verifies and rotates one backup on a worker thread (the thread answering the UI only waits). */
export function writeBackupNow(source: BackupSource, reason: BackupReason, now: Date, protect: string[] = []): Promise<WrittenBackup> {
  return backgroundWork.run('backups.write', {
    storePath: source.store.filePath,
    dataDir: source.config.dataDir,
    folder: backupFolderOf(source.config.dataDir),
    appVersion: source.config.appVersion,
    reason,
    createdAt: now.toISOString(),
    nativeBinding: source.store.nativeBinding,
    protect,
  });
}

export const takeBackup = (source: BackupSource, reason: BackupReason, now: Date) =>
  exclusively(source.config.dataDir, () => writeBackupNow(source, reason, now));
