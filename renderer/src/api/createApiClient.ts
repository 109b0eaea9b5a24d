import { isWriteMethod } from '../../../electron/shared/apiMethodNames';
import type { ApiResult, InputOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import type { Language } from '../../../electron/shared/i18n/catalog';
import { localizeError } from '../../../electron/shared/i18n/localizeError';
import type { Transport } from './transport';

export interface ApiClient {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>>;
}

export interface ApiClientOptions {
  /**
   * Hears of every command or task, whichever screen sent it, unless its input was refused as invalid:
   * any other refusal may mean the screen was out of date, and an unavailable back end may have written
   * before the answer was lost.
   */
  afterWrite?: (method: MethodName) => void;
  /** Refusals come back in the language this names when they arrive. */
  language?: () => Language;
}

export function createApiClient(transport: Transport, { afterWrite = () => undefined, language = () => 'vi' }: ApiClientOptions = {}): ApiClient {
  return {
    async call(method, input) {
      const result = (await transport.invoke(method, input)) as ApiResult<ResultOf<typeof method>>;
      if (isWriteMethod(method) && (result.ok || result.error.code !== 'VALIDATION')) afterWrite(method);
      return result.ok ? result : { ok: false, error: localizeError(result.error, language()) };
    },
  };
}
