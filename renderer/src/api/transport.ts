import type { ApiResult } from '../../../electron/shared/contract';

export interface Transport {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

/** What the Electron preload exposes on window. */
export interface DesktopBridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    inspectionApi?: DesktopBridge;
  }
}

const API_TOKEN_HEADER = 'x-api-token';

function httpTransport(token: string): Transport {
  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: token },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'Không kết nối được với máy chủ cục bộ của ứng dụng.' } };
      }
    },
  };
}

/** The desktop bridge when running in Electron, otherwise HTTP to the web host with the page's token. */
export function detectTransport(): Transport {
  if (window.inspectionApi) return window.inspectionApi;
  const token = document.querySelector<HTMLMetaElement>('meta[name="api-token"]')?.content ?? '';
  return httpTransport(token);
}
