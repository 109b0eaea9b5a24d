import { Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { templateFields } from '../../../../electron/shared/contract/checklists';
import type { ChecklistTemplateDetail } from '../../../../electron/shared/contract/checklists';
import { year as yearField } from '../../../../electron/shared/contract/fields';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { OptionalNumberInput } from './OptionalNumberInput';

export interface CloneSource {
  code: string;
  name: string;
  versionId: string;
  version: number;
  year: number | null;
}

export interface CloneValues extends Record<string, unknown> {
  code: string;
  name: string;
  year: number | null;
}

const cloneSchema = templateFields.pick({ code: true, name: true }).extend({ year: yearField.nullable() });

/** "…năm 2026" becomes "…năm 2027"; a name without the year gets it appended. */
function forYear(text: string, from: number | null, to: number | null, separator: string): string {
  if (to === null) return text;
  if (from !== null && text.includes(String(from))) return text.replaceAll(String(from), String(to));
  return `${text}${separator}${to}`;
}

function suggestion(source: CloneSource, year: number | null): CloneValues {
  return { code: forYear(source.code, source.year, year, '-'), name: forYear(source.name, source.year, year, ' năm '), year };
}

interface CloneModalProps {
  source: CloneSource | null;
  onCloned(created: ChecklistTemplateDetail): void;
  onClose(): void;
}

/** Copies a version into a new template, for next year by default, and hands the new template over. */
export function CloneModal({ source, onCloned, onClose }: CloneModalProps) {
  const { t } = useI18n();
  const clone = useApiCommand('checklists.clone');
  const form = useContractForm<CloneValues>({
    schema: cloneSchema,
    opened: source !== null,
    record: source,
    values: () => (source ? suggestion(source, (source.year ?? new Date().getFullYear()) + 1) : { code: '', name: '', year: null }),
    serverError: clone.error,
  });
  const submit = async (values: CloneValues) => {
    const created = source && (await clone.run({ versionId: source.versionId, ...values }));
    if (!created) return;
    notifications.show({ color: 'cyan', message: t('checklists.cloned', { name: created.name }) });
    onCloned(created);
  };

  const changeYear = (year: number | null) => {
    if (!source) return;
    const before = suggestion(source, form.values.year);
    const after = suggestion(source, year);
    form.setValues({
      year,
      // Follow the year only where the user kept the suggestion.
      code: form.values.code === before.code ? after.code : form.values.code,
      name: form.values.name === before.name ? after.name : form.values.name,
    });
  };

  return (
    <FormDialog dirty={form.isDirty()} opened={source !== null} onClose={onClose} title={t('checklists.cloneTitle')} size="lg" centered returnFocus>
      {source && (
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack>
            <Text size="sm">{t('checklists.cloneFrom', { name: source.name, version: source.version })}</Text>
            <OptionalNumberInput
              label={t('checklists.form.year')}
              thousandSeparator=""
              allowDecimal={false}
              w={200}
              data-autofocus
              {...form.getInputProps('year')}
              onChange={changeYear}
            />
            <TextInput label={t('checklists.form.name')} withAsterisk {...form.getInputProps('name')} />
            <TextInput label={t('checklists.form.code')} description={t('checklists.form.codeHint')} withAsterisk {...form.getInputProps('code')} />
            <Text size="sm" c="dimmed">
              {t('checklists.cloneHint')}
            </Text>
            <FormActions saving={clone.running} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </FormDialog>
  );
}
