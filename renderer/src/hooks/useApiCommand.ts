import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiError, InputOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import { api } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';

export interface CommandState<M extends MethodName> {
  run(input: InputOf<M>): Promise<ResultOf<M> | undefined>;
  running: boolean;
  error: ApiError | undefined;
}

/**
 * Runs a write; a refusal is kept for the form to show by field, and announced in a notification.
 * The queries it changes are refreshed by the client (api/queryCache.ts), not by the caller.
 */
export function useApiCommand<M extends MethodName>(method: M): CommandState<M> {
  const { t } = useI18n();
  const { mutateAsync, isPending, error } = useMutation<ResultOf<M>, ApiError, InputOf<M>>({
    mutationFn: async (input) => {
      const result = await api.call(method, input);
      if (!result.ok) throw result.error;
      return result.value;
    },
    onError: (refusal) => notifications.show({ color: 'red', title: t('common.error'), message: refusal.message }),
  });
  const run = useCallback((input: InputOf<M>) => mutateAsync(input).catch(() => undefined), [mutateAsync]);
  return { run, running: isPending, error: error ?? undefined };
}
