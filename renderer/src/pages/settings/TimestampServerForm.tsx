import { Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { appSettingsSchema } from '../../../../electron/shared/contract/organization';
import type { AppSettings } from '../../../../electron/shared/contract/organization';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';

type Values = Pick<AppSettings, 'timestampServerUrl'>;

/** The RFC 3161 server every signature is timestamped by (PAdES B-T); empty for none (B-B). */
export function TimestampServerForm({ settings }: { settings: AppSettings }) {
  const { t } = useI18n();
  const save = useApiCommand('settings.update');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { timestampServerUrl: settings.timestampServerUrl },
    validateInputOnChange: true,
    validate: { timestampServerUrl: (value) => appSettingsSchema.shape.timestampServerUrl.safeParse(value).error?.issues[0]?.message ?? null },
  });
  const submit = form.onSubmit(async (values) => {
    if (await save.run(values)) {
      notifications.show({ color: 'green', message: t('signingRules.settings.saved') });
      form.resetDirty();
    }
  });
  return (
    <form onSubmit={submit} onReset={() => form.reset()} aria-label={t('signingRules.settings.title')}>
      <Stack gap="sm">
        <TextInput label={t('signingRules.settings.url')} placeholder="http://tsa.ca.gov.vn" inputMode="url" autoComplete="off" {...form.getInputProps('timestampServerUrl')} />
      </Stack>
      <FormActions saving={save.running} dirty={form.isDirty()} />
    </form>
  );
}
