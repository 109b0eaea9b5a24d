import { Button, Divider, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { schemaResolver } from '@mantine/form';
import { useState } from 'react';
import type { ProfileView } from '../../../electron/shared/contract/profiles';
import { profilesMethods } from '../../../electron/shared/contract/profiles';
import { useApiCommand } from '../hooks/useApiCommand';
import { useApiQuery } from '../hooks/useApiQuery';
import { useUnitList } from '../hooks/useRegistryLists';
import { useI18n } from '../i18n/I18nProvider';

const createSchema = profilesMethods['profiles.create'].input;

/** First start: nobody may change data until the app knows who is working. */
export function ProfileGate({ opened, onChosen }: { opened: boolean; onChosen(profile: ProfileView): void }) {
  const { t } = useI18n();
  const existing = useApiQuery('profiles.list', {});
  const units = useUnitList();
  const select = useApiCommand('profiles.select');
  const create = useApiCommand('profiles.create');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { fullName: '', position: '', unitId: null as string | null },
    validate: schemaResolver(createSchema, { sync: true }),
    validateInputOnChange: true,
  });

  const useExisting = async () => {
    if (!chosenId) return;
    const profile = await select.run({ id: chosenId });
    if (profile) onChosen(profile);
  };
  const createNew = form.onSubmit(async (values) => {
    const profile = await create.run({ ...values, makeCurrent: true });
    if (profile) onChosen(profile);
  });

  return (
    <Modal opened={opened} onClose={() => undefined} withCloseButton={false} closeOnEscape={false} closeOnClickOutside={false} title={t('profile.firstRunTitle')} size="lg" centered>
      <Text size="sm" mb="md">
        {t('profile.firstRunHint')}
      </Text>
      {existing.data && existing.data.length > 0 && (
        <Stack mb="md">
          <Select
            label={t('profile.choose')}
            data={existing.data.map((p) => ({ value: p.id, label: p.position ? `${p.fullName} — ${p.position}` : p.fullName }))}
            value={chosenId}
            onChange={setChosenId}
          />
          <Button onClick={useExisting} disabled={!chosenId} loading={select.running}>
            {t('profile.use')}
          </Button>
          <Divider />
        </Stack>
      )}
      <form onSubmit={createNew}>
        <Stack>
          <TextInput label={t('profile.fullName')} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
          <TextInput label={t('profile.position')} {...form.getInputProps('position')} />
          <Select
            label={t('profile.unit')}
            data={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            clearable
            {...form.getInputProps('unitId')}
          />
          <Button type="submit" loading={create.running}>
            {t('profile.createAndUse')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
