import { createBackend } from '../createBackend';
import type { BackendStart } from './processProtocol';
import type { OpenedBackend } from './serveBackend';

/** The back end as its own process opens it: the store from the paths the main process sent, with the background integrity check. */
export async function openProcessBackend({ config, nativeBinding }: BackendStart): Promise<OpenedBackend> {
  const backend = await createBackend(config, {
    nativeBinding,
    autoBackup: true,
    // The page shows it too (app.storeHealth); the process's log keeps it.
    onHealthChecked: (health) => {
      if (health.state === 'damaged') console.error(health.report);
    },
  });
  return { dispatch: backend.dispatch, close: () => backend.close() };
}
