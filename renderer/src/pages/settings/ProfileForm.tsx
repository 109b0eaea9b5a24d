import { Group, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ProfileView } from '../../../../electron/shared/contract/profiles';
import type { UnitView } from '../../../../electron/shared/contract/units';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';

interface ProfileFormProps {
  profile: ProfileView;
  profiles: ProfileView[];
  units: UnitView[];
  onChanged(profile: ProfileView): void;
}

export function ProfileForm({ profile, profiles, units, onChanged }: ProfileFormProps) {
  const { t } = useI18n();
  const save = useApiCommand('profiles.update');
  const select = useApiCommand('profiles.select');
  const form = useContractForm({
    check: (values) => (values.fullName.trim() ? {} : { fullName: 'Họ và tên không được để trống' }),
    record: profile,
    values: () => ({ fullName: profile.fullName, position: profile.position, unitId: profile.unitId }),
    serverError: save.error,
  });

  const submit = form.onSubmit(async (values) => {
    const saved = await save.run({ id: profile.id, ...values });
    if (saved) {
      notifications.show({ color: 'green', message: t('settings.profileSaved') });
      onChanged(saved);
    }
  });
  return (
    <form onSubmit={submit} onReset={() => form.reset()} aria-label={t('settings.profile')}>
      <Stack>
        {profiles.length > 1 && (
          <Select
            label={t('settings.switchProfile')}
            value={profile.id}
            allowDeselect={false}
            data={profiles.map((p) => ({ value: p.id, label: p.fullName }))}
            onChange={async (id) => {
              const chosen = id ? await select.run({ id }) : undefined;
              if (chosen) onChanged(chosen);
            }}
          />
        )}
        <Group grow align="flex-start">
          <TextInput label={t('profile.fullName')} withAsterisk {...form.getInputProps('fullName')} />
          <TextInput label={t('profile.position')} {...form.getInputProps('position')} />
        </Group>
        <Select label={t('profile.unit')} clearable data={units.map((u) => ({ value: u.id, label: u.name }))} {...form.getInputProps('unitId')} />
        <FormActions saving={save.running} dirty={form.isDirty()} />
      </Stack>
    </form>
  );
}
