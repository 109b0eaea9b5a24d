import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import type { ApiError, InputOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

export interface CommandState<M extends MethodName> {
  run(input: InputOf<M>): Promise<ResultOf<M> | undefined>;
  running: boolean;
  error: ApiError | undefined;
}

/** Runs a write; a refusal is kept for the form to show by field, and announced in a notification. */
export function useApiCommand<M extends MethodName>(method: M): CommandState<M> {
  const { t } = useI18n();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = useCallback(
    async (input: InputOf<M>) => {
      setRunning(true);
      const result = await api.call(method, input);
      setRunning(false);
      if (result.ok) {
        setError(undefined);
        return result.value;
      }
      setError(result.error);
      notifications.show({ color: 'red', title: t('common.error'), message: result.error.message });
      return undefined;
    },
    [method, t],
  );
  return { run, running, error };
}
