import { apiContract } from '../../../electron/shared/contract';
import type { ApiResult, InputOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import type { Transport } from './transport';

export interface ApiClient {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>>;
}

/**
 * `afterWrite` hears of every command or task, whichever screen sent it, unless its input was refused as
 * invalid: any other refusal may mean the screen was out of date, and an unavailable back end may have
 * written before the answer was lost.
 */
export function createApiClient(transport: Transport, afterWrite: (method: MethodName) => void = () => undefined): ApiClient {
  return {
    async call(method, input) {
      const result = (await transport.invoke(method, input)) as ApiResult<ResultOf<typeof method>>;
      if (apiContract[method].kind !== 'query' && (result.ok || result.error.code !== 'VALIDATION')) afterWrite(method);
      return result;
    },
  };
}
