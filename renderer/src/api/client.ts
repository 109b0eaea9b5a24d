import type { ApiResult, InputOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import { detectTransport } from './transport';
import type { Transport } from './transport';

export interface ApiClient {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    call: (method, input) => transport.invoke(method, input) as Promise<ApiResult<ResultOf<typeof method>>>,
  };
}

export const api = createApiClient(detectTransport());
