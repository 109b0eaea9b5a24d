import { Alert, Group, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import type { OrganizationView } from '../../../../electron/shared/contract/organization';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';

export const organizationFieldLabels: Record<keyof OrganizationView, MessageKey> = {
  superiorBodyName: 'settings.superiorBodyName',
  bodyName: 'settings.bodyName',
  bodyShortCode: 'settings.bodyShortCode',
  placeName: 'settings.placeName',
  chairName: 'settings.chairName',
  chairTitle: 'settings.chairTitle',
};

/** The fields whose value is still the one the store was seeded with. */
export function fieldsStillSample(values: OrganizationView, sample: OrganizationView): (keyof OrganizationView)[] {
  return (Object.keys(organizationFieldLabels) as (keyof OrganizationView)[]).filter((key) => values[key] !== '' && values[key] === sample[key]);
}

/** Step 1: the header of every document, prefilled with the sample and marked field by field until changed. */
export function OrganizationStep({ form, sample }: { form: UseFormReturnType<OrganizationView>; sample: OrganizationView }) {
  const { t } = useI18n();
  const still = new Set(fieldsStillSample(form.values, sample));
  const field = (key: keyof OrganizationView, required: boolean, autoFocus = false) => (
    <TextInput
      label={t(organizationFieldLabels[key])}
      withAsterisk={required}
      description={still.has(key) ? t('setup.stillSample') : undefined}
      styles={still.has(key) ? { description: { color: 'var(--mantine-color-orange-8)' } } : undefined}
      data-autofocus={autoFocus || undefined}
      {...form.getInputProps(key)}
    />
  );
  return (
    <Stack>
      <Alert variant="light" color="orange" icon={<IconInfoCircle size={20} aria-hidden />}>
        {t('setup.sampleNotice')}
      </Alert>
      {field('superiorBodyName', true, true)}
      {field('bodyName', true)}
      <Group grow align="flex-start">
        {field('bodyShortCode', true)}
        {field('placeName', true)}
      </Group>
      <Group grow align="flex-start">
        {field('chairName', false)}
        {field('chairTitle', true)}
      </Group>
    </Stack>
  );
}
