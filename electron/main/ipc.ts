import { ipcMain } from 'electron';
import type { BackendConnection } from '../backend/process/backendConnection';
import { API_CHANNEL } from '../shared/ipc';
import { isTrustedRendererUrl } from './policy';

/** One channel carries every contract method to the back-end process; the sender frame must be the app's own page. */
export function registerApiHandler(backend: BackendConnection): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedRendererUrl(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ giao diện của ứng dụng.' } };
    }
    // The dispatcher in the back-end process validates the method and its input against the contract.
    return backend.call(typeof method === 'string' ? method : String(method), input);
  });
}
