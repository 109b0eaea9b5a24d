import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/contract';
import type { ProgrammeView } from '../../../../electron/shared/contract/programme';
import { api } from '../../api/client';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The year's programme and its commands. Every command answers with the whole programme, which is
 * shown at once (coverage and rule check included) until the next load of the year replaces it.
 */
export function useProgramme(year: number) {
  const { t } = useI18n();
  const [generating, setGenerating] = useState(false);
  const query = useApiQuery('programme.get', { year });
  const [edited, setEdited] = useState<{ base: ProgrammeView | null | undefined; view: ProgrammeView | null } | null>(null);
  const shown = edited && edited.base === query.data ? edited.view : query.data;
  // While another year loads, the last year's answer is not this year's programme.
  const programme = shown?.year !== undefined && shown.year !== year ? undefined : query.loading && shown === null ? undefined : shown;
  const show = (view: ProgrammeView | null | undefined) => {
    if (view !== undefined) setEdited({ base: query.data, view });
    return view;
  };
  const commands = {
    addEntry: useApiCommand('programme.addEntry'),
    updateEntry: useApiCommand('programme.updateEntry'),
    removeEntry: useApiCommand('programme.removeEntry'),
    approve: useApiCommand('programme.approve'),
    reopen: useApiCommand('programme.reopen'),
    discard: useApiCommand('programme.discard'),
  };
  return {
    programme,
    loading: query.loading && programme === undefined,
    commands,
    /** Runs a command that returns the programme, and shows the result. */
    async apply<T extends ProgrammeView>(run: Promise<T | undefined>): Promise<T | undefined> {
      const view = await run;
      show(view);
      return view;
    },
    generating,
    /** Generation's refusal is kept whole: its reasons are listed on the page, not only in a notification. */
    async generate(replaceDraft: boolean): Promise<{ view: ProgrammeView } | { error: ApiError }> {
      setGenerating(true);
      const result = await api.call('programme.generate', { year, replaceDraft });
      setGenerating(false);
      if (!result.ok) {
        notifications.show({ color: 'red', title: t('common.error'), message: result.error.message });
        return { error: result.error };
      }
      show(result.value);
      return { view: result.value };
    },
    async discard(id: string) {
      const done = await commands.discard.run({ id });
      if (done) show(null);
      return done;
    },
  };
}

export type ProgrammeState = ReturnType<typeof useProgramme>;
