import { Alert, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import type { z } from 'zod';
import { checkDueDate, checkEdit, editableFields } from '../../../../electron/shared/rules/actionStates';
import type { ActionField } from '../../../../electron/shared/rules/actionStates';
import { actionContentFields } from '../../../../electron/shared/contract/actions';
import type { ActionDetail } from '../../../../electron/shared/contract/actions';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import type { FindingClass } from '../../../../electron/shared/contract/vocabulary';
import { FormActions } from '../../components/FormActions';
import { FormDialog } from '../../components/FormDialog';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import { factsOfDetail } from './actionFacts';
import { FindingClassBadge } from './FindingClassBadge';
import { FIVE_WHYS, FiveWhysField } from './FiveWhysField';
import { useActionOptions } from './useActionOptions';
import { WardDateInput } from '../../components/WardDateInput';

export interface FindingRef {
  id: string;
  number: number;
  findingClass: FindingClass;
  description: string;
}

/** Creating an action for a finding, or editing one. */
export type ActionFormTarget = { kind: 'create'; finding: FindingRef } | { kind: 'edit'; action: ActionDetail };

type ActionFormValues = Omit<z.input<typeof actionContentFields>, 'ownerPersonId' | 'dueDate'> & { ownerPersonId: string | null; dueDate: string | null };

const blank: ActionFormValues = { ownerUnitId: '', ownerPersonId: null, correction: '', rootCause: '', fiveWhys: [], actionPlan: '', dueDate: null, completionEvidence: '' };
const fields = Object.keys(blank) as ActionField[];

const padWhys = (answers: string[]) => Array.from({ length: FIVE_WHYS }, (_, i) => answers[i] ?? '');
const trimWhys = (answers: string[]) => {
  const kept = answers.map((answer) => answer.trim());
  while (kept.length > 0 && !kept[kept.length - 1]) kept.pop();
  return kept;
};

function valuesOf(action: ActionDetail): ActionFormValues {
  const { ownerUnitId, ownerPersonId, correction, rootCause, fiveWhys, actionPlan, dueDate, completionEvidence } = action;
  return { ownerUnitId, ownerPersonId, correction, rootCause, fiveWhys: padWhys(fiveWhys), actionPlan, dueDate, completionEvidence };
}

function changedFields(before: ActionFormValues, after: ActionFormValues): ActionField[] {
  return fields.filter((field) => {
    const normalise = (values: ActionFormValues) => (field === 'fiveWhys' ? trimWhys(values.fiveWhys ?? []) : values[field]);
    return JSON.stringify(normalise(before)) !== JSON.stringify(normalise(after));
  });
}

interface ActionFormModalProps {
  target: ActionFormTarget | null;
  onClose(): void;
  onSaved(action: ActionDetail): void;
}

/** The form mounts afresh for each action or finding, so its defaults and values never leak between them. */
export function ActionFormModal({ target, onClose, onSaved }: ActionFormModalProps) {
  if (!target) return null;
  const key = target.kind === 'create' ? `create-${target.finding.id}` : `edit-${target.action.id}`;
  return <ActionForm key={key} target={target} onClose={onClose} onSaved={onSaved} />;
}

function ActionForm({ target, onClose, onSaved }: { target: ActionFormTarget } & Omit<ActionFormModalProps, 'target'>) {
  const { t } = useI18n();
  const options = useActionOptions();
  const create = useApiCommand('actions.create');
  const update = useApiCommand('actions.update');
  const finding: FindingRef =
    target.kind === 'create'
      ? target.finding
      : { id: target.action.findingId, number: target.action.findingNumber, findingClass: target.action.findingClass, description: target.action.findingDescription };
  const defaults = useApiQuery('actions.defaults', { findingId: finding.id });
  const settings = useApiQuery('settings.get', {});
  const editing = target.kind === 'edit' ? target.action : null;
  const editable = editableFields[editing?.status ?? 'moi'];
  const initial = editing ? valuesOf(editing) : { ...blank, fiveWhys: padWhys([]) };
  const contentErrors = schemaResolver(actionContentFields.partial(), { sync: true });

  const gateRefusals = (values: ActionFormValues) => {
    const dueDate = values.dueDate ?? '';
    if (!editing) return defaults.data && dueDate ? checkDueDate(dueDate, defaults.data.findingDate) : [];
    const after = {
      ...factsOfDetail(editing),
      ownerPersonId: values.ownerPersonId,
      rootCause: values.rootCause ?? '',
      actionPlan: values.actionPlan ?? '',
      completionEvidence: values.completionEvidence ?? '',
      dueDate,
    };
    return checkEdit(factsOfDetail(editing), changedFields(initial, values), after);
  };

  // A new action starts from the finding's defaults (owner unit, due date) once they arrive.
  const proposed = editing ? undefined : defaults.data;
  const form = useContractForm<ActionFormValues>({
    check: (values) => {
      const gateErrors = Object.fromEntries(gateRefusals(values).map((refusal) => [refusal.path, t(`actions.gate.${refusal.code}`)]));
      const present = { ...values, dueDate: values.dueDate ?? undefined, fiveWhys: trimWhys(values.fiveWhys ?? []) };
      return { ...contentErrors(present), ...gateErrors, ...(values.dueDate ? {} : { dueDate: t('common.required') }) };
    },
    record: proposed,
    values: () => (proposed ? { ...initial, ownerUnitId: proposed.ownerUnitId, dueDate: proposed.dueDate } : initial),
    serverError: editing ? update.error : create.error,
  });

  const locked = (field: ActionField) => !editable.includes(field);
  const textArea = (field: 'correction' | 'rootCause' | 'actionPlan' | 'completionEvidence', label: MessageKey, hint: MessageKey, minRows = 2) => (
    <Textarea
      label={t(label)}
      description={t(hint)}
      autosize
      minRows={minRows}
      disabled={locked(field)}
      data-autofocus={field === 'correction' || undefined}
      {...form.getInputProps(field)}
    />
  );
  const rule = defaults.data && settings.data
    ? defaults.data.kind === 'CCHC'
      ? t('actions.form.ruleDays', { n: settings.data.correctiveActionDueDaysCchc })
      : t('actions.form.ruleMonths', { n: settings.data.correctiveActionDueMonthsIso })
    : null;

  const submit = form.onSubmit(async (values) => {
    const content = { ...values, fiveWhys: trimWhys(values.fiveWhys ?? []), dueDate: values.dueDate ?? undefined };
    let saved: ActionDetail | undefined;
    if (!editing) {
      const { completionEvidence: _evidence, ...forCreate } = content;
      saved = await create.run({ findingId: finding.id, ...forCreate });
    } else {
      const changed = changedFields(initial, values);
      saved = changed.length === 0 ? editing : await update.run({ id: editing.id, ...Object.fromEntries(changed.map((field) => [field, content[field]])) });
    }
    if (!saved) return;
    notifications.show({ color: 'green', message: editing ? t('actions.saved') : t('actions.created', { number: finding.number }) });
    onSaved(saved);
  });
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <FormDialog dirty={form.isDirty()} opened onClose={onClose} title={t(editing ? 'actions.form.editTitle' : 'actions.form.createTitle')} size="xl">
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
        <Stack>
          <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
            <Group gap={8} mb={4}>
              <Text size="sm" fw={600}>
                {t('actions.findingNumber', { number: finding.number })}
              </Text>
              <FindingClassBadge findingClass={finding.findingClass} />
            </Group>
            <Text size="sm">{finding.description}</Text>
          </Paper>
          <Group grow align="flex-start">
            <Select
              label={t('actions.form.ownerUnit')}
              data={options.unitOptions}
              searchable
              allowDeselect={false}
              withAsterisk
              disabled={locked('ownerUnitId')}
              {...form.getInputProps('ownerUnitId')}
            />
            <Select
              label={t('actions.form.ownerPerson')}
              description={t('actions.form.ownerPersonHint')}
              data={options.personOptions}
              searchable
              clearable
              disabled={locked('ownerPersonId')}
              {...form.getInputProps('ownerPersonId')}
            />
          </Group>
          {options.loaded && options.people.length === 0 && (
            <Alert icon={<IconInfoCircle size={18} aria-hidden />} color="blue" variant="light">
              {t('actions.form.noPeople')}
            </Alert>
          )}
          {textArea('correction', 'actions.form.correction', 'actions.form.correctionHint')}
          <FiveWhysField
            answers={form.getValues().fiveWhys ?? []}
            disabled={locked('fiveWhys')}
            onChange={(answers) => form.setFieldValue('fiveWhys', answers)}
            onUseAsRootCause={(answer) => form.setFieldValue('rootCause', answer)}
          />
          {textArea('rootCause', 'actions.form.rootCause', 'actions.form.rootCauseHint')}
          {textArea('actionPlan', 'actions.form.plan', 'actions.form.planHint', 3)}
          <WardDateInput
            label={t('actions.form.dueDate')}
            description={
              locked('dueDate')
                ? t('actions.form.dueLocked')
                : rule && defaults.data
                  ? t('actions.form.dueDefault', { rule, date: formatCalendarDate(defaults.data.basisDate) })
                  : undefined
            }
            withAsterisk
            disabled={locked('dueDate')}
            minDate={defaults.data?.findingDate}
            w={260}
            {...form.getInputProps('dueDate')}
          />
          {editing && textArea('completionEvidence', 'actions.form.evidence', 'actions.form.evidenceHint')}
          <FormActions saving={create.running || update.running} onCancel={onClose} />
        </Stack>
      </form>
    </FormDialog>
  );
}
