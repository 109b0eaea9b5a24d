import { ipcMain } from 'electron';
import type { Dispatch } from '../backend/api/dispatch';
import { API_CHANNEL } from '../shared/ipc';
import { isTrustedRendererUrl } from './policy';

/** One channel carries every contract method; the sender frame must be the app's own page. */
export function registerApiHandler(dispatch: Dispatch): void {
  ipcMain.handle(API_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedRendererUrl(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ giao diện của ứng dụng.' } };
    }
    return dispatch(method, input);
  });
}
