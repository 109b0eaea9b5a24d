import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ApiError, InputOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import { api } from '../api/client';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True while the answer is on its way, including a refresh after a write. */
  loading: boolean;
}

export interface QueryOptions {
  /**
   * Ask again every so many milliseconds while set. Writes refresh what they change by themselves
   * (api/queryCache.ts); this is only for data that changes without a write, such as a running backup's progress.
   */
  pollMs?: number;
  /** False while the input is not worth asking about yet (an empty search, say): nothing is fetched. */
  enabled?: boolean;
}

/**
 * One query method through the shared cache: asked once per input, shown from the cache on the next
 * screen, asked again after a write of its capability. The last data stays shown while new input loads.
 */

export function useApiQuery<M extends MethodName>(method: M, input: InputOf<M>, { pollMs, enabled = true }: QueryOptions = {}): QueryState<ResultOf<M>> {
  const query = useQuery<ResultOf<M>, ApiError>({
    queryKey: [method, input],
    queryFn: async () => {
      const result = await api.call(method, input);
      if (!result.ok) throw result.error;
      return result.value;
    },
    placeholderData: keepPreviousData,
    refetchInterval: pollMs ?? false,
    enabled,
  });
  // Getters, so a screen re-renders only for what it reads (a refresh that brings the same data does not).
  return {
    get data() {
      return query.data;
    },
    get error() {
      return query.error ?? undefined;
    },
    get loading() {
      return query.isFetching;
    },
  };
}
