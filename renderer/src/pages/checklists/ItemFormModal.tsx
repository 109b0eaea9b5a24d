import { Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { itemFields } from '../../../../electron/shared/contract/checklists';
import type { ChecklistItemView, ItemFields } from '../../../../electron/shared/contract/checklists';
import { answerTypes, comparators } from '../../../../electron/shared/contract/vocabulary';
import type { AnswerType } from '../../../../electron/shared/contract/vocabulary';
import { comparatorSymbols } from '../../../../electron/shared/rules/indicators';
import type { ApiError } from '../../../../electron/shared/contract';
import { FormActions } from '../../components/FormActions';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { FormDialog } from '../../components/FormDialog';
import { answerTypeLabel } from './checklistLabels';
import { OptionalNumberInput } from './OptionalNumberInput';

export type ItemFormValues = ItemFields;

const blank: ItemFormValues = {
  code: '',
  reference: '',
  referenceTitle: '',
  question: '',
  guidance: '',
  evidenceHint: '',
  answerType: 'conformity',
  numericUnit: null,
  comparator: null,
  threshold: null,
  points: null,
  evidenceRequired: false,
  usuallyNotApplicable: false,
  notApplicableHint: '',
};

function valuesOf(item: ChecklistItemView): ItemFormValues {
  const { id: _id, sectionId: _sectionId, sortOrder: _sortOrder, retired: _retired, ...values } = item;
  return values;
}

interface ItemFormModalProps {
  opened: boolean;
  /** The item being edited, or null to add one to `sectionTitle`. */
  editing: ChecklistItemView | null;
  sectionTitle: string;
  saving: boolean;
  serverError: ApiError | undefined;
  onSubmit(values: ItemFormValues): void;
  onClose(): void;
}

/** The contract's item schema checks as the user types, including the numeric-indicator rule. */
export function ItemFormModal({ opened, editing, sectionTitle, saving, serverError, onSubmit, onClose }: ItemFormModalProps) {
  const { t } = useI18n();
  const form = useContractForm<ItemFormValues>({ schema: itemFields, opened, record: editing, values: () => (editing ? valuesOf(editing) : blank), serverError });

  const numeric = form.values.answerType === 'numeric';
  const changeAnswerType = (type: AnswerType) =>
    form.setValues(
      type === 'numeric'
        ? { answerType: type, numericUnit: form.values.numericUnit ?? '%', comparator: form.values.comparator ?? '>=' }
        : { answerType: type, numericUnit: null, comparator: null, threshold: null },
    );

  return (
    <FormDialog dirty={form.isDirty()} opened={opened} onClose={onClose} title={t(editing ? 'checklists.item.editTitle' : 'checklists.item.createTitle', { section: sectionTitle })} size="xl" centered returnFocus>
      <form
        onSubmit={form.onSubmit(onSubmit)}
        noValidate
        onKeyDown={(event) => {
          // Enter makes a new line in the long text fields; Ctrl+Enter saves from anywhere.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.requestSubmit();
        }}
      >
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput label={t('checklists.item.code')} withAsterisk data-autofocus {...form.getInputProps('code')} />
            <TextInput label={t('checklists.item.reference')} placeholder={t('checklists.item.referenceHint')} {...form.getInputProps('reference')} />
          </Group>
          <TextInput label={t('checklists.item.referenceTitle')} {...form.getInputProps('referenceTitle')} />
          <Textarea label={t('checklists.item.question')} withAsterisk autosize minRows={2} maxRows={6} {...form.getInputProps('question')} />
          <Textarea label={t('checklists.item.evidenceHint')} autosize minRows={1} maxRows={4} {...form.getInputProps('evidenceHint')} />
          <Textarea label={t('checklists.item.guidance')} autosize minRows={1} maxRows={4} {...form.getInputProps('guidance')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="item-answer-type-label">
              {t('checklists.item.answerType')}
            </Text>
            <SegmentedControl
              aria-labelledby="item-answer-type-label"
              value={form.values.answerType}
              onChange={(value) => changeAnswerType(value as AnswerType)}
              data={answerTypes.map((type) => ({ value: type, label: t(answerTypeLabel[type]) }))}
            />
          </Stack>
          {numeric && (
            <SimpleGrid cols={3}>
              <Select
                label={t('checklists.item.comparator')}
                withAsterisk
                allowDeselect={false}
                data={comparators.map((comparator) => ({ value: comparator, label: comparatorSymbols[comparator] }))}
                {...form.getInputProps('comparator')}
              />
              <OptionalNumberInput label={t('checklists.item.threshold')} withAsterisk {...form.getInputProps('threshold')} />
              <TextInput
                label={t('checklists.item.unit')}
                description={t('checklists.item.unitHint')}
                {...form.getInputProps('numericUnit')}
                value={form.values.numericUnit ?? ''}
                onChange={(event) => form.setFieldValue('numericUnit', event.currentTarget.value || null)}
              />
            </SimpleGrid>
          )}
          <Group align="flex-end" gap="xl">
            <OptionalNumberInput label={t('checklists.item.points')} description={t('checklists.item.pointsHint')} min={0} w={200} {...form.getInputProps('points')} />
            <Checkbox label={t('checklists.item.evidenceRequired')} mb={8} {...form.getInputProps('evidenceRequired', { type: 'checkbox' })} />
            <Checkbox label={t('checklists.item.usuallyNotApplicable')} mb={8} {...form.getInputProps('usuallyNotApplicable', { type: 'checkbox' })} />
          </Group>
          {form.values.usuallyNotApplicable && (
            <Textarea label={t('checklists.item.notApplicableHint')} withAsterisk autosize minRows={1} maxRows={4} {...form.getInputProps('notApplicableHint')} />
          )}
          <Text size="xs" c="dimmed">
            {t('checklists.item.saveHint')}
          </Text>
          <FormActions saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
