import type { Store } from '../../db/store';
import type { Dispatch } from './api/dispatch';
import { AppError, text } from './api/errors';

export interface ReplaceableStore {
  /** Always the store that is open now; handlers read it through this on every call. */
  readonly store: Store;
  /** Counts the calls running and refuses new ones while the store is being replaced. */
  guard(dispatch: Dispatch): Dispatch;
  replace(swap: () => void): Promise<void>;
}

/**
 * The back end's store, replaceable by a restore: it waits until the restore is the only call running,
 * closes the store, lets `swap` move the files, and reopens through `reopen` (migrations and checks included).
 */
export function replaceableStore(initial: Store, reopen: () => Promise<Store>): ReplaceableStore {
  let current = initial;
  let replacing = false;
  let running = 0;
  const store: Store = {
    get sqlite() {
      return current.sqlite;
    },
    get db() {
      return current.db;
    },
    get filePath() {
      return current.filePath;
    },
    get nativeBinding() {
      return current.nativeBinding;
    },
    health: () => current.health(),
    close: () => current.close(),
  };
  return {
    store,
    guard: (dispatch) => async (method, input) => {
      if (replacing) return { ok: false, error: new AppError('CONFLICT', text('errors.backup.restoring')).toApiError() };
      running += 1;
      try {
        return await dispatch(method, input);
      } finally {
        running -= 1;
      }
    },
    async replace(swap) {
      replacing = true;
      try {
        while (running > 1) await new Promise((resolve) => setTimeout(resolve, 20));
        current.close();
        swap();
        current = await reopen();
      } finally {
        replacing = false;
      }
    },
  };
}
