import { contextBridge, ipcRenderer } from 'electron';
import { isApiMethodName } from '../shared/apiMethodNames';
import type { ApiResult } from '../shared/contract/define';
import { API_CHANNEL } from '../shared/ipc';

/** Only `invoke` for contract methods crosses the bridge; raw ipcRenderer never does. */
contextBridge.exposeInMainWorld('inspectionApi', {
  invoke(method: unknown, input: unknown): Promise<ApiResult<unknown>> {
    if (!isApiMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Không có chức năng "${String(method)}".` } });
    }
    return ipcRenderer.invoke(API_CHANNEL, method, input) as Promise<ApiResult<unknown>>;
  },
});
