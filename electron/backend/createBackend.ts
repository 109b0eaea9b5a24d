import path from 'node:path';
import { STORE_FILE_NAME, openStore } from '../../db/store';
import type { Store } from '../../db/store';
import type { StoreHealth } from '../shared/contract/storeHealth';
import type { BackendConfig } from './api/context';
import { createDispatcher } from './api/dispatch';
import type { Dispatch } from './api/dispatch';
import { handlers } from './api/registry';
import { text } from './api/errors';
import { localize } from '../shared/i18n/catalog';
import { backupIsDue } from './modules/backups/backupList';
import { backupFolderOf } from './modules/backups/backupFolder';
import { finishRestore } from './modules/backups/restoreSwap';
import { removeUnfinishedBackups } from './modules/backups/writeBackup';
import { removeUnfinishedImports } from './modules/packages/importPackage';
import { removeStagedUploads } from './modules/packages/packageTransfer';
import { machineIdentity } from './modules/identity/machineFile';
import { takeBackup, writeBackupNow } from './modules/backups/takeBackup';
import { replaceableStore } from './replaceableStore';
import { seedDefaults } from './seed/seedDefaults';

export interface Backend {
  readonly store: Store;
  readonly config: BackendConfig;
  readonly dispatch: Dispatch;
  /** The start-up backup (when due); settles, never rejects. */
  readonly startupBackup: Promise<void>;
  close(): void;
}

export interface CreateBackendOptions {
  nativeBinding?: string;
  now?: () => Date;
  onInternalError?: (error: unknown, method: string) => void;
  /** The full integrity check on a worker thread after opening; on unless a test turns it off. */
  backgroundIntegrityCheck?: boolean;
  onHealthChecked?: (health: StoreHealth) => void;
  /** Backups that run themselves: at start when the newest is over a day old, and before a migration. The hosts turn it on. */
  autoBackup?: boolean;
}

/** Opens the store, applies the built-in data once, and wires the handler map to the contract. */
export async function createBackend(config: BackendConfig, options: CreateBackendOptions = {}): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const reportBackupFailure = (error: unknown) => console.error(localize(text('store.backupLogTag')), error instanceof Error ? error.message : error);
  const open = async () => {
    // A restore that committed before a crash is finished before the store is opened.
    finishRestore(config.dataDir);
    removeUnfinishedBackups(backupFolderOf(config.dataDir));
    removeUnfinishedImports(config.dataDir);
    removeStagedUploads(config.dataDir);
    const opened = await openStore({
      dataDir: config.dataDir,
      migrationsFolder: config.migrationsFolder,
      nativeBinding: options.nativeBinding,
      backgroundIntegrityCheck: options.backgroundIntegrityCheck ?? true,
      onHealthChecked: options.onHealthChecked,
      // The .bak copy beside the store is still written after this; a failed full backup must not block an upgrade.
      beforeMigration: options.autoBackup
        ? (fromVersion) =>
            writeBackupNow({ store: { filePath: path.join(config.dataDir, STORE_FILE_NAME), nativeBinding: options.nativeBinding }, config }, 'before-migration', now())
              .then(() => undefined)
              .catch((error: unknown) => reportBackupFailure(`v${fromVersion}: ${String(error)}`))
        : undefined,
    });
    seedDefaults(opened);
    return opened;
  };
  const live = replaceableStore(await open(), open);
  const store = live.store;
  const dispatch = live.guard(
    createDispatcher({
      store,
      config,
      handlers,
      now: options.now,
      replaceStore: live.replace,
      machineId: machineIdentity(config.dataDir).id,
      onInternalError: options.onInternalError ?? ((error, method) => console.error(`[api] ${method}`, error)),
    }),
  );
  const startupBackup = options.autoBackup
    ? backupIsDue(config.dataDir, now())
        .then((due) => (due ? takeBackup({ store, config }, 'start', now()) : undefined))
        .then(() => undefined, reportBackupFailure)
    : Promise.resolve();
  return { store, config, dispatch, startupBackup, close: () => store.close() };
}
