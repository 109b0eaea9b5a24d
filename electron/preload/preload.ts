import { contextBridge, ipcRenderer } from 'electron';
import { isApiMethodName } from '../shared/apiMethodNames';
import type { ApiResult } from '../shared/contract/define';
import { API_CHANNEL, DOCUMENT_PRINT_CHANNEL, DOCUMENT_SAVE_CHANNEL } from '../shared/ipc';

/**
 * Only `invoke` for contract methods, and save and print of a document by its reference, cross the bridge;
 * raw ipcRenderer never does. The main process validates every reference.
 */
contextBridge.exposeInMainWorld('inspectionApi', {
  invoke(method: unknown, input: unknown): Promise<ApiResult<unknown>> {
    if (!isApiMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `Không có chức năng "${String(method)}".` } });
    }
    return ipcRenderer.invoke(API_CHANNEL, method, input) as Promise<ApiResult<unknown>>;
  },
  saveDocument(ref: unknown): Promise<ApiResult<unknown>> {
    return ipcRenderer.invoke(DOCUMENT_SAVE_CHANNEL, ref) as Promise<ApiResult<unknown>>;
  },
  printDocument(ref: unknown): Promise<ApiResult<unknown>> {
    return ipcRenderer.invoke(DOCUMENT_PRINT_CHANNEL, ref) as Promise<ApiResult<unknown>>;
  },
});
