import { useCallback, useEffect, useState } from 'react';
import type { ApiError, InputOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import { api } from '../api/client';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: ApiError;
}

/** Loads one query method and reloads when its input changes; the last data stays shown while reloading. */
export function useApiQuery<M extends MethodName>(method: M, input: InputOf<M>): QueryState<ResultOf<M>> {
  const [version, setVersion] = useState(0);
  const inputJson = JSON.stringify(input);
  const requestKey = `${method}|${inputJson}|${version}`;
  const [settled, setSettled] = useState<Settled<ResultOf<M>>>({ key: '' });

  useEffect(() => {
    let superseded = false;
    void api.call(method, JSON.parse(inputJson) as InputOf<M>).then((result) => {
      if (superseded) return;
      setSettled((previous) =>
        result.ok ? { key: requestKey, data: result.value } : { key: requestKey, data: previous.data, error: result.error },
      );
    });
    return () => {
      superseded = true;
    };
  }, [method, inputJson, requestKey]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: settled.data, error: settled.error, loading: settled.key !== requestKey, reload };
}
