import { Stack } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { NameField } from './NameField';
import { useIdentity } from './useIdentity';

/** Cài đặt → Máy này và kho dữ liệu. */
export function IdentitySection() {
  const { t } = useI18n();
  const { identity, renameMachine, renameStore } = useIdentity();
  const data = identity.data;
  if (!data) return null;
  return (
    <Stack>
      <NameField
        key={`machine-${data.machine.name}`}
        label={t('identity.machineName')}
        name={data.machine.name}
        id={data.machine.id}
        saving={renameMachine.running}
        error={renameMachine.error}
        onSave={(name) => void renameMachine.save(name)}
      />
      <NameField
        key={`store-${data.store.name}`}
        label={t('identity.storeName')}
        name={data.store.name}
        id={data.store.id}
        saving={renameStore.running}
        error={renameStore.error}
        onSave={(name) => void renameStore.save(name)}
      />
    </Stack>
  );
}
