import type { ApiResult } from '../../../electron/shared/contract';
import type { DocumentRef } from '../../../electron/shared/documentRef';

export interface Transport {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

/** What the Electron preload exposes on window for API calls. */
export interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

/** The preload's save and print of a document, by reference (see api/documentOutput.ts). */
export interface DesktopDocumentBridge {
  saveDocument(ref: DocumentRef): Promise<ApiResult<unknown>>;
  printDocument(ref: DocumentRef): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    inspectionApi?: DesktopBridge & DesktopDocumentBridge;
  }
}

const API_TOKEN_HEADER = 'x-api-token';

/** The call never reached the back end, or its answer never came back: the caller may try again. */
export const unavailable = (message: string): ApiResult<never> => ({ ok: false, error: { code: 'UNAVAILABLE', message } });

/** HTTP to the web host; `origin` is empty in the page (same origin) and set by tests. */
export function httpTransport(token: string, origin = ''): Transport {
  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${origin}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return unavailable('Không kết nối được với máy chủ cục bộ của ứng dụng.');
      }
      try {
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return unavailable(`Máy chủ cục bộ của ứng dụng không trả lời đầy đủ (HTTP ${response.status}).`);
      }
    },
  };
}

export const DESKTOP_UNREACHABLE = 'Không liên lạc được với phần xử lý dữ liệu của ứng dụng.';

/** The Electron bridge; a rejected invoke (main process busy restarting, channel gone) becomes a result, never a throw. */
export function desktopTransport(bridge: DesktopBridge): Transport {
  return {
    async invoke(method, input) {
      try {
        return await bridge.invoke(method, input);
      } catch {
        return unavailable(DESKTOP_UNREACHABLE);
      }
    },
  };
}

/** The desktop bridge when running in Electron, otherwise HTTP to the web host with the page's token. */
export function detectTransport(): Transport {
  if (window.inspectionApi) return desktopTransport(window.inspectionApi);
  const token = document.querySelector<HTMLMetaElement>('meta[name="api-token"]')?.content ?? '';
  return httpTransport(token);
}
