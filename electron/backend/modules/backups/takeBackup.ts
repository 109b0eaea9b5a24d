import type { Store } from '../../../../db/store';
import type { BackendConfig } from '../../api/context';
import { AppError, text } from '../../api/errors';
import { backgroundWork } from '../../workers/workerPool';
import type { BackupReason } from './backupFormat';
import { backupFolderOf } from './backupFolder';
import { newProgressMemory } from './operationProgress';
import type { WrittenBackup } from './writeBackup';

export interface RunningOperation {
  kind: 'backup' | 'restore' | 'export' | 'import';
  startedAt: string;
  /** Files, bytes and the cancel request, shared with the worker doing the work. */
  memory: SharedArrayBuffer;
}

/** The backup or restore under way, per data folder: one at a time per store. */
const running = new Map<string, RunningOperation>();

export const runningOperation = (dataDir: string) => running.get(dataDir);

/** Runs `work` as the store's only backup/restore; a second one meanwhile is refused, not queued. */
export async function exclusively<T>(dataDir: string, kind: RunningOperation['kind'], now: Date, work: (memory: SharedArrayBuffer) => Promise<T>): Promise<T> {
  if (running.has(dataDir)) throw new AppError('CONFLICT', text('errors.backup.busy'));
  const operation = { kind, startedAt: now.toISOString(), memory: newProgressMemory() };
  running.set(dataDir, operation);
  try {
    return await work(operation.memory);
  } finally {
    running.delete(dataDir);
  }
}

export interface BackupSource {
  store: Pick<Store, 'filePath' | 'nativeBinding'>;
  config: Pick<BackendConfig, 'dataDir' | 'appVersion'>;
}

/** Writes, verifies and rotates one backup on a worker thread (the thread answering the UI only waits). */
export function writeBackupNow(source: BackupSource, reason: BackupReason, now: Date, protect: string[] = [], progress?: SharedArrayBuffer): Promise<WrittenBackup> {
  return backgroundWork.run('backups.write', {
    storePath: source.store.filePath,
    dataDir: source.config.dataDir,
    folder: backupFolderOf(source.config.dataDir),
    appVersion: source.config.appVersion,
    reason,
    createdAt: now.toISOString(),
    nativeBinding: source.store.nativeBinding,
    protect,
    progress,
  });
}

export const takeBackup = (source: BackupSource, reason: BackupReason, now: Date) =>
  exclusively(source.config.dataDir, 'backup', now, (memory) => writeBackupNow(source, reason, now, [], memory));
