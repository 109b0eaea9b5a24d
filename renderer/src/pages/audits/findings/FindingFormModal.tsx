import { Checkbox, Radio, Stack, Text, TextInput, Textarea, Group } from '@mantine/core';
import type { ApiError } from '../../../../../electron/shared/contract';
import { findingFields } from '../../../../../electron/shared/contract/findings';
import { requiresActionByDefault } from '../../../../../electron/shared/rules/findings';
import type { FindingDraft } from '../../../../../electron/shared/contract/findings';
import { findingClasses } from '../../../../../electron/shared/contract/vocabulary';
import type { FindingClass } from '../../../../../electron/shared/contract/vocabulary';
import { FormActions } from '../../../components/FormActions';
import { useContractForm } from '../../../hooks/useContractForm';
import { useI18n } from '../../../i18n/I18nProvider';
import { FormDialog } from '../../../components/FormDialog';

export interface FindingFormState {
  /** Null for a new finding. */
  findingId: string | null;
  /** Shown above the form: the item the finding is about, or its number. */
  context: string;
  draft: FindingDraft;
}

interface FindingFormModalProps {
  state: FindingFormState | null;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: FindingDraft): void;
  onClose(): void;
}

type FindingFormValues = Omit<FindingDraft, 'itemId'>;

const blank: FindingFormValues = { findingClass: 'kph_nhe', reference: '', description: '', requirement: '', evidenceText: '', requiresAction: true };

/** Class, clause, description, requirement, evidence and whether a corrective action is asked; Enter saves, Esc cancels. */
export function FindingFormModal({ state, saving, serverError, onSubmit, onClose }: FindingFormModalProps) {
  const { t } = useI18n();
  const form = useContractForm<FindingFormValues>({
    schema: findingFields,
    opened: state !== null,
    record: state,
    values: () => {
      if (!state) return blank;
      const { itemId: _itemId, ...values } = state.draft;
      return values;
    },
    serverError,
  });

  const chooseClass = (value: string) => {
    const findingClass = value as FindingClass;
    form.setFieldValue('findingClass', findingClass);
    if (!form.isDirty('requiresAction')) form.setFieldValue('requiresAction', requiresActionByDefault(findingClass));
  };
  const submitOnCtrlEnter = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.onSubmit((values) => onSubmit({ ...values, itemId: state?.draft.itemId ?? null }))();
    }
  };

  return (
    <FormDialog dirty={form.isDirty()} opened={state !== null} onClose={onClose} title={t(state?.findingId ? 'audits.finding.editTitle' : 'audits.finding.createTitle')} size="lg" centered returnFocus>
      <form onSubmit={form.onSubmit((values) => onSubmit({ ...values, itemId: state?.draft.itemId ?? null }))} noValidate onKeyDown={submitOnCtrlEnter}>
        <Stack gap="sm">
          {state?.context && (
            <Text size="sm" c="dimmed">
              {state.context}
            </Text>
          )}
          <Radio.Group label={t('audits.finding.class')} withAsterisk value={form.getValues().findingClass} onChange={chooseClass} error={form.errors.findingClass}>
            <Group gap="md" mt={4}>
              {findingClasses.map((findingClass) => (
                <Radio key={findingClass} value={findingClass} label={t(`actions.findingClass.${findingClass}`)} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput label={t('audits.finding.reference')} description={t('audits.finding.referenceHint')} {...form.getInputProps('reference')} />
          <Textarea label={t('audits.finding.description')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('description')} />
          <Textarea label={t('audits.finding.requirement')} autosize minRows={1} {...form.getInputProps('requirement')} />
          <Textarea label={t('audits.finding.evidence')} autosize minRows={1} {...form.getInputProps('evidenceText')} />
          <Checkbox label={t('audits.finding.requiresAction')} {...form.getInputProps('requiresAction', { type: 'checkbox' })} />
          <Text size="xs" c="dimmed">
            {t('audits.finding.ctrlEnter')}
          </Text>
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
