import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { BackendConnection } from '../backend/process/backendConnection';
import { API_CHANNEL } from '../shared/ipc';
import { isTrustedRendererUrl } from './policy';

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ giao diện của ứng dụng.' } } as const;

/** Handles `channel` only for the app's own page: any other sender frame is answered FORBIDDEN and nothing runs. */
export function handleFromAppPage(channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => (isTrustedRendererUrl(event.senderFrame?.url) ? handler(event, ...args) : FORBIDDEN));
}

/** One channel carries every contract method to the back-end process. */
export function registerApiHandler(backend: BackendConnection): void {
  // The dispatcher in the back-end process validates the method and its input against the contract.
  handleFromAppPage(API_CHANNEL, (_event, method, input) => backend.call(typeof method === 'string' ? method : String(method), input));
}
