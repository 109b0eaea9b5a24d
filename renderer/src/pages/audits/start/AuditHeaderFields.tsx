import { Fieldset, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { AuditHeaderFields as HeaderValues } from '../../../../../electron/shared/contract/audits';
import { useI18n } from '../../../i18n/I18nProvider';
import { WardDateInput } from '../../../components/WardDateInput';

export type FieldProps = (field: string) => GetInputPropsReturnType;

/** Title, dates, place, legal basis and (for the ISO minutes) objective, scope and criteria. */
export function AuditHeaderFields({ inputProps }: { inputProps: (field: keyof HeaderValues) => GetInputPropsReturnType }) {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <TextInput label={t('audits.form.title')} withAsterisk {...inputProps('title')} />
      <Group grow align="flex-start">
        <WardDateInput label={t('audits.form.startDate')} withAsterisk {...inputProps('startDate')} />
        <WardDateInput label={t('audits.form.endDate')} withAsterisk {...inputProps('endDate')} />
      </Group>
      <TextInput label={t('audits.form.place')} {...inputProps('place')} />
      <Fieldset legend={t('audits.form.legalBasis')}>
        <SimpleGrid cols={2}>
          <TextInput label={t('audits.form.decisionNumber')} placeholder="125/QĐ-UBND" {...inputProps('decisionNumber')} />
          <WardDateInput label={t('audits.form.decisionDate')} clearable {...inputProps('decisionDate')} />
          <TextInput label={t('audits.form.planNumber')} placeholder="18/KH-UBND" {...inputProps('planNumber')} />
          <WardDateInput label={t('audits.form.planDate')} clearable {...inputProps('planDate')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('audits.form.isoPart')}>
        <Stack gap="sm">
          <Textarea label={t('audits.form.objective')} autosize minRows={1} {...inputProps('objective')} />
          <Textarea label={t('audits.form.scope')} autosize minRows={1} {...inputProps('scope')} />
          <Textarea label={t('audits.form.criteria')} autosize minRows={1} {...inputProps('criteria')} />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
