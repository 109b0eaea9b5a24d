import fs from 'node:fs';
import path from 'node:path';
import type { RestoreResult } from '../../../shared/contract/backups';
import type { HandlerContext } from '../../api/context';
import { AppError, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { backgroundWork } from '../../workers/workerPool';
import { backupFolderOf } from './backupFolder';
import { backupView } from './backupList';
import { readProgress } from './operationProgress';
import { commitRestore, finishRestore } from './restoreSwap';
import { exclusively, writeBackupNow } from './takeBackup';

/**
 * A store that failed its integrity check cannot pass a backup's checks; its files are copied as they are
 * into the backup folder instead (not under a backup's name, so the rotation leaves them), for IT to recover from.
 */
async function keepDamagedStore(ctx: HandlerContext): Promise<{ fileName: string }> {
  const stamp = ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  const fileName = `${path.basename(ctx.store.filePath, '.sqlite')}-hong-${stamp}.sqlite`;
  const folder = backupFolderOf(ctx.config.dataDir);
  fs.mkdirSync(folder, { recursive: true });
  for (const suffix of ['', '-wal']) {
    if (fs.existsSync(ctx.store.filePath + suffix)) await fs.promises.copyFile(ctx.store.filePath + suffix, path.join(folder, fileName + suffix));
  }
  return { fileName };
}

/**
 * Khôi phục: the chosen backup is verified and extracted beside the store (worker), the current state is
 * backed up, then the swap is committed and done with the store closed, and the store reopens. A refusal
 * at any step before the commit leaves everything as it was.
 */
export function restoreBackup(ctx: HandlerContext, fileName: string): Promise<RestoreResult> {
  const { dataDir } = ctx.config;
  return exclusively(dataDir, 'restore', ctx.now(), async (memory) => {
    if (!ctx.replaceStore) throw new AppError('CONFLICT', text('errors.backup.restoring'));
    const backupPath = path.join(backupFolderOf(dataDir), fileName);
    if (!fs.existsSync(backupPath)) throw new AppError('NOT_FOUND', text('errors.backup.notFound', { file: fileName }));
    const supportedSchemaVersion = ctx.store.sqlite.pragma('user_version', { simple: true }) as number;
    const prepared = await backgroundWork.run('backups.prepareRestore', { backupPath, dataDir, supportedSchemaVersion, nativeBinding: ctx.store.nativeBinding, progress: memory });
    let safety: { fileName: string };
    try {
      safety = ctx.store.health().state === 'damaged' ? await keepDamagedStore(ctx) : await writeBackupNow(ctx, 'before-restore', ctx.now(), [fileName], memory);
      // The last moment a cancel is honoured: from the commit on, the swap is finished even after a crash.
      if (readProgress(memory).cancelRequested) throw new AppError('CONFLICT', text('errors.backup.cancelled'));
    } catch (error) {
      fs.rmSync(prepared.stagingDir, { recursive: true, force: true });
      throw error;
    }
    commitRestore(dataDir, prepared.stagingDir);
    await ctx.replaceStore(() => finishRestore(dataDir));
    // The restored store may not know this laptop's profile: the entry names the person without linking the profile.
    ctx.store.sqlite.transaction(() =>
      recordChange({ ...ctx, actor: { profileId: null, name: ctx.actor.name } }, { entity: 'store', entityId: fileName, action: 'update', changes: { restoredFrom: [null, fileName], safetyBackup: [null, safety.fileName] } }),
    )();
    return { restored: backupView(fileName, fs.statSync(backupPath).size, prepared.manifest), safetyBackup: safety.fileName };
  });
}
