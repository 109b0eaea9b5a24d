import { utilityProcess } from 'electron';
import { connectBackend } from '../backend/process/backendConnection';
import type { BackendConnection } from '../backend/process/backendConnection';
import { CODE_CACHE_DIR_VARIABLE } from '../backend/process/processProtocol';
import type { BackendStart } from '../backend/process/processProtocol';

/**
 * Starts the back end (store, API, worker threads) in an Electron utility process, so no query, PDF or
 * signing ever runs on the main process. The protocol lives in electron/backend/process and is tested under Node.
 */
export function startBackendProcess(entry: string, codeCacheDir: string, start: BackendStart, onCrash: (code: number | null) => void): Promise<BackendConnection> {
  const child = utilityProcess.fork(entry, [], {
    serviceName: 'Kiểm tra CCHC – dữ liệu',
    stdio: 'inherit',
    env: { ...process.env, [CODE_CACHE_DIR_VARIABLE]: codeCacheDir },
  });
  return connectBackend(
    {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', listener),
    },
    start,
    { onCrash },
  );
}
