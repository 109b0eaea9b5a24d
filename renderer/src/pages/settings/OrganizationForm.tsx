import { Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { organizationInput } from '../../../../electron/shared/contract/organization';
import type { OrganizationView } from '../../../../electron/shared/contract/organization';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';

export function OrganizationForm({ organization }: { organization: OrganizationView }) {
  const { t } = useI18n();
  const save = useApiCommand('organization.update');
  const form = useContractForm<OrganizationView>({ schema: organizationInput, record: organization, values: () => organization, serverError: save.error });

  const submit = form.onSubmit(async (values) => {
    if (await save.run(values)) notifications.show({ color: 'green', message: t('settings.organizationSaved') });
  });
  return (
    <form onSubmit={submit} onReset={() => form.reset()} aria-label={t('settings.organization')}>
      <Stack>
        <TextInput label={t('settings.superiorBodyName')} withAsterisk {...form.getInputProps('superiorBodyName')} />
        <TextInput label={t('settings.bodyName')} withAsterisk {...form.getInputProps('bodyName')} />
        <Group grow align="flex-start">
          <TextInput label={t('settings.bodyShortCode')} withAsterisk {...form.getInputProps('bodyShortCode')} />
          <TextInput label={t('settings.placeName')} withAsterisk {...form.getInputProps('placeName')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('settings.chairName')} {...form.getInputProps('chairName')} />
          <TextInput label={t('settings.chairTitle')} withAsterisk {...form.getInputProps('chairTitle')} />
        </Group>
        <FormActions saving={save.running} dirty={form.isDirty()} />
      </Stack>
    </form>
  );
}
