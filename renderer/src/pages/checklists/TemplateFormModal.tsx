import { SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { templateFields } from '../../../../electron/shared/contract/checklists';
import type { ChecklistTemplateDetail } from '../../../../electron/shared/contract/checklists';
import { year as yearField } from '../../../../electron/shared/contract/fields';
import { templatePurposes } from '../../../../electron/shared/contract/vocabulary';
import type { TemplatePurpose } from '../../../../electron/shared/contract/vocabulary';
import type { ApiError } from '../../../../electron/shared/contract';
import { FormActions } from '../../components/FormActions';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { purposeLabel } from './checklistLabels';
import { OptionalNumberInput } from './OptionalNumberInput';

const createSchema = templateFields.extend({ year: yearField.nullable() });
export interface TemplateFormValues extends Record<string, unknown> {
  code: string;
  name: string;
  purpose: TemplatePurpose;
  description: string;
  year: number | null;
}

interface TemplateFormModalProps {
  opened: boolean;
  /** Editing changes code, name and description only: the purpose and the versions' years stay. */
  editing: ChecklistTemplateDetail | null;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: TemplateFormValues): void;
  onClose(): void;
}

const blank: TemplateFormValues = { code: '', name: '', purpose: 'CCHC', description: '', year: new Date().getFullYear() };

export function TemplateFormModal({ opened, editing, saving, serverError, onSubmit, onClose }: TemplateFormModalProps) {
  const { t } = useI18n();
  const form = useContractForm<TemplateFormValues>({
    schema: createSchema,
    opened,
    record: editing,
    values: () => (editing ? { code: editing.code, name: editing.name, purpose: editing.purpose, description: editing.description, year: null } : blank),
    serverError,
  });

  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t(editing ? 'checklists.form.editTitle' : 'checklists.form.createTitle')} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack>
          <TextInput label={t('checklists.form.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('checklists.form.code')} description={t('checklists.form.codeHint')} withAsterisk {...form.getInputProps('code')} />
          {editing ? (
            <Text size="sm">
              {t('checklists.form.purpose')}: {t(purposeLabel[editing.purpose])}
            </Text>
          ) : (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="template-purpose-label">
                {t('checklists.form.purpose')}
              </Text>
              <SegmentedControl
                aria-labelledby="template-purpose-label"
                data={templatePurposes.map((purpose) => ({ value: purpose, label: t(purposeLabel[purpose]) }))}
                {...form.getInputProps('purpose')}
              />
            </Stack>
          )}
          {!editing && (
            <OptionalNumberInput
              label={t('checklists.form.year')}
              description={t('checklists.form.yearHint')}
              thousandSeparator=""
              allowDecimal={false}
              w={200}
              {...form.getInputProps('year')}
            />
          )}
          <Textarea label={t('checklists.form.description')} autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
