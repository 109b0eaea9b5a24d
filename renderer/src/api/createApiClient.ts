import type { ApiResult, InputOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import type { Language } from '../../../electron/shared/i18n/catalog';
import { localizeError } from '../../../electron/shared/i18n/localizeError';
import type { Transport } from './transport';

export interface ApiClient {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>>;
}

/** Refusals come back in the language `language()` names when they arrive. */
export function createApiClient(transport: Transport, language: () => Language = () => 'vi'): ApiClient {
  return {
    call: async (method, input) => {
      const result = (await transport.invoke(method, input)) as ApiResult<ResultOf<typeof method>>;
      return result.ok ? result : { ok: false, error: localizeError(result.error, language()) };
    },
  };
}
