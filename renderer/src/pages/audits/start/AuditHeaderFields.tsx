import { Fieldset, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { AuditHeaderFields as HeaderValues } from '../../../../../electron/shared/contract/audits';
import type { AuditKind } from '../../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../../i18n/I18nProvider';
import { WardDateInput } from '../../../components/WardDateInput';

export type FieldProps = (field: string) => GetInputPropsReturnType;

interface AuditHeaderFieldsProps {
  kind: AuditKind;
  /** The audit's first day: the legal basis is dated no later, the last day no earlier. */
  startDate: string | null;
  inputProps: (field: keyof HeaderValues) => GetInputPropsReturnType;
}

/** Title, dates, place, legal basis and, on an ISO audit only (they go in its minutes), objective, scope and criteria. */
export function AuditHeaderFields({ kind, startDate, inputProps }: AuditHeaderFieldsProps) {
  const { t } = useI18n();
  const basisLatest = startDate || undefined;
  return (
    <Stack gap="md">
      <TextInput label={t('audits.form.title')} withAsterisk {...inputProps('title')} />
      <Group grow align="flex-start">
        <WardDateInput label={t('audits.form.startDate')} withAsterisk {...inputProps('startDate')} />
        <WardDateInput label={t('audits.form.endDate')} withAsterisk minDate={basisLatest} {...inputProps('endDate')} />
      </Group>
      <TextInput label={t('audits.form.place')} {...inputProps('place')} />
      <Fieldset legend={t('audits.form.legalBasis')}>
        <SimpleGrid cols={2}>
          <TextInput label={t('audits.form.decisionNumber')} placeholder={t('forms.example.decisionNumber')} {...inputProps('decisionNumber')} />
          <WardDateInput label={t('audits.form.decisionDate')} clearable maxDate={basisLatest} {...inputProps('decisionDate')} />
          <TextInput label={t('audits.form.planNumber')} placeholder={t('forms.example.planNumber')} {...inputProps('planNumber')} />
          <WardDateInput label={t('audits.form.planDate')} clearable maxDate={basisLatest} {...inputProps('planDate')} />
        </SimpleGrid>
      </Fieldset>
      {kind === 'ISO' && (
      <Fieldset legend={t('audits.form.isoPart')}>
        <Stack gap="sm">
          <Textarea label={t('audits.form.objective')} autosize minRows={1} {...inputProps('objective')} />
          <Textarea label={t('audits.form.scope')} autosize minRows={1} {...inputProps('scope')} />
          <Textarea label={t('audits.form.criteria')} autosize minRows={1} {...inputProps('criteria')} />
        </Stack>
      </Fieldset>
      )}
    </Stack>
  );
}
