import fs from 'node:fs';
import path from 'node:path';
import type { HandlerContext } from '../../api/context';
import { AppError, issue, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { saveBackupFolder } from './backupFolder';
import { backupView, backupsStatus } from './backupList';
import { restoreBackup } from './restoreBackup';
import { readProgress, requestCancel } from './operationProgress';
import { runningOperation, takeBackup } from './takeBackup';

const schemaVersionOf = (ctx: HandlerContext) => ctx.store.sqlite.pragma('user_version', { simple: true }) as number;

export const backupsHandlers: ModuleHandlers<'backups.status' | 'backups.create' | 'backups.restore' | 'backups.progress' | 'backups.cancel' | 'backups.setFolder'> = {
  'backups.status': (ctx) => backupsStatus(ctx.config.dataDir, schemaVersionOf(ctx), ctx.now()),
  'backups.create': async (ctx) => {
    const written = await takeBackup(ctx, 'manual', ctx.now());
    return backupView(written.fileName, written.size, written.manifest);
  },
  'backups.restore': (ctx, { fileName }) => restoreBackup(ctx, fileName),
  'backups.progress': (ctx) => {
    const operation = runningOperation(ctx.config.dataDir);
    return operation ? { kind: operation.kind, startedAt: operation.startedAt, ...readProgress(operation.memory) } : null;
  },
  'backups.cancel': (ctx) => {
    const operation = runningOperation(ctx.config.dataDir);
    if (operation) requestCancel(operation.memory);
    return { cancelRequested: operation !== undefined };
  },
  'backups.setFolder': (ctx, { folder }) => {
    if (!path.isAbsolute(folder)) {
      const message = text('errors.backup.folderNotAbsolute');
      throw new AppError('VALIDATION', message, [issue('folder', message)]);
    }
    try {
      fs.mkdirSync(folder, { recursive: true });
      fs.accessSync(folder, fs.constants.W_OK);
    } catch (error) {
      const message = text('errors.backup.folderUnusable', { folder, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      throw new AppError('VALIDATION', message, [issue('folder', message)]);
    }
    saveBackupFolder(ctx.config.dataDir, folder);
    return backupsStatus(ctx.config.dataDir, schemaVersionOf(ctx), ctx.now());
  },
};
