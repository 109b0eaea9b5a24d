import { Group, Stack, TextInput } from '@mantine/core';
import { sectionFields } from '../../../../electron/shared/contract/checklists';
import type { ChecklistSectionView } from '../../../../electron/shared/contract/checklists';
import type { ApiError } from '../../../../electron/shared/contract';
import { FormActions } from '../../components/FormActions';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';

export interface SectionFormValues extends Record<string, unknown> {
  code: string;
  title: string;
}

interface SectionFormModalProps {
  opened: boolean;
  editing: ChecklistSectionView | null;
  /** For a new section: the next free number, as a suggestion. */
  suggestedCode: string;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: SectionFormValues): void;
  onClose(): void;
}

export function SectionFormModal({ opened, editing, suggestedCode, saving, serverError, onSubmit, onClose }: SectionFormModalProps) {
  const { t } = useI18n();
  const form = useContractForm<SectionFormValues>({
    schema: sectionFields,
    opened,
    record: editing,
    values: () => (editing ? { code: editing.code, title: editing.title } : { code: suggestedCode, title: '' }),
    serverError,
  });

  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t(editing ? 'checklists.section.editTitle' : 'checklists.section.createTitle')} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit(onSubmit)} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <TextInput label={t('checklists.section.code')} withAsterisk style={{ flexGrow: 0 }} w={140} {...form.getInputProps('code')} />
            <TextInput label={t('checklists.section.title')} withAsterisk data-autofocus {...form.getInputProps('title')} />
          </Group>
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
