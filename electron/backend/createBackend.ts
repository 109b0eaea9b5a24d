import { openStore } from '../../db/store';
import type { Store } from '../../db/store';
import type { StoreHealth } from '../shared/contract/storeHealth';
import type { BackendConfig } from './api/context';
import { createDispatcher } from './api/dispatch';
import type { Dispatch } from './api/dispatch';
import { handlers } from './api/registry';
import { seedDefaults } from './seed/seedDefaults';

export interface Backend {
  readonly store: Store;
  readonly config: BackendConfig;
  readonly dispatch: Dispatch;
  close(): void;
}

export interface CreateBackendOptions {
  nativeBinding?: string;
  now?: () => Date;
  onInternalError?: (error: unknown, method: string) => void;
  /** The full integrity check on a worker thread after opening; on unless a test turns it off. */
  backgroundIntegrityCheck?: boolean;
  onHealthChecked?: (health: StoreHealth) => void;
}

/** Opens the store, applies the built-in data once, and wires the handler map to the contract. */
export async function createBackend(config: BackendConfig, options: CreateBackendOptions = {}): Promise<Backend> {
  const store = await openStore({
    dataDir: config.dataDir,
    migrationsFolder: config.migrationsFolder,
    nativeBinding: options.nativeBinding,
    backgroundIntegrityCheck: options.backgroundIntegrityCheck ?? true,
    onHealthChecked: options.onHealthChecked,
  });
  seedDefaults(store);
  const dispatch = createDispatcher({
    store,
    config,
    handlers,
    now: options.now,
    onInternalError: options.onInternalError ?? ((error, method) => console.error(`[api] ${method}`, error)),
  });
  return { store, config, dispatch, close: () => store.close() };
}
