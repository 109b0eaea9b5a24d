import { Stack } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { SingleTextForm } from '../backups/SingleTextForm';
import { useIdentity } from './useIdentity';

/** Cài đặt → Máy này và kho dữ liệu. */
export function IdentitySection() {
  const { t } = useI18n();
  const { identity, renameMachine, renameStore } = useIdentity();
  const data = identity.data;
  if (!data) return null;
  return (
    <Stack>
      <SingleTextForm
        key={`machine-${data.machine.name}`}
        label={t('identity.machineName')}
        value={data.machine.name}
        note={t('identity.id', { id: data.machine.id })}
        saving={renameMachine.running}
        error={renameMachine.error}
        onSave={(name) => void renameMachine.save(name)}
      />
      <SingleTextForm
        key={`store-${data.store.name}`}
        label={t('identity.storeName')}
        value={data.store.name}
        note={t('identity.id', { id: data.store.id })}
        saving={renameStore.running}
        error={renameStore.error}
        onSave={(name) => void renameStore.save(name)}
      />
    </Stack>
  );
}
