import { notifications } from '@mantine/notifications';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';

/** This laptop's and this store's names and identifiers, and renaming each. */
export function useIdentity() {
  const { t } = useI18n();
  const identity = useApiQuery('identity.get', {});
  const renameMachine = useApiCommand('identity.renameMachine');
  const renameStore = useApiCommand('identity.renameStore');
  const saved = (result: unknown) => {
    if (!result) return;
    notifications.show({ color: 'green', message: t('identity.saved') });
  };
  return {
    identity,
    renameMachine: { ...renameMachine, save: async (name: string) => saved(await renameMachine.run({ name })) },
    renameStore: { ...renameStore, save: async (name: string) => saved(await renameStore.run({ name })) },
  };
}
