import { Button, Group, Paper, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { KeyboardEvent } from 'react';
import { checkDueDate, checkMove, statusAfterMove } from '../../../../electron/shared/rules/actionStates';
import { actionContentFields, moveActionInput } from '../../../../electron/shared/contract/actions';
import type { ActionDetail } from '../../../../electron/shared/contract/actions';
import type { ActionStatus } from '../../../../electron/shared/contract/vocabulary';
import { WardDateInput } from '../../components/WardDateInput';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { factsOfDetail, todayInWard } from './actionFacts';
import { ActionEvidenceFiles } from './ActionEvidenceFiles';
import { moveLabel, movesFrom, stepFields } from './moveKinds';
import type { MoveKind } from './moveKinds';
import { useActionOptions } from './useActionOptions';

type StepValues = {
  rootCause: string;
  actionPlan: string;
  ownerPersonId: string | null;
  dueDate: string | null;
  completionEvidence: string;
  result: 'hieu_qua' | 'khong_hieu_qua';
  verifierPersonId: string | null;
  verificationDate: string | null;
  newDueDate: string | null;
  comment: string;
};

const stepSchema = actionContentFields.partial().extend({ comment: moveActionInput.shape.comment });

function targetOf(move: MoveKind, values: StepValues): ActionStatus {
  if (move.kind === 'simple') return move.to;
  if (move.kind === 'reopen') return 'dang_thuc_hien';
  return values.result === 'hieu_qua' ? 'da_xac_minh_hieu_qua' : 'khong_hieu_qua';
}

function valuesOf(action: ActionDetail): StepValues {
  return {
    rootCause: action.rootCause,
    actionPlan: action.actionPlan,
    ownerPersonId: action.ownerPersonId,
    dueDate: action.dueDate,
    completionEvidence: action.completionEvidence,
    result: 'hieu_qua',
    verifierPersonId: action.verifierPersonId,
    verificationDate: todayInWard(),
    newDueDate: null,
    comment: '',
  };
}

/**
 * The next step of an action, asked for in the drawer: the fields the next status needs and the move
 * to it, saved by one command so a refusal leaves the action as it was.
 */
export function ActionStepForm({ action }: { action: ActionDetail }) {
  const move = movesFrom(action.status)[0];
  if (!move) return null;
  return <StepForm key={`${action.id}-${action.status}`} action={action} move={move} />;
}

function StepForm({ action, move }: { action: ActionDetail; move: MoveKind }) {
  const { t } = useI18n();
  const { personOptions } = useActionOptions();
  const advance = useApiCommand('actions.advance');
  const fields = stepFields[action.status] ?? [];
  const schemaErrors = schemaResolver(stepSchema, { sync: true });
  const form = useContractForm<StepValues>({
    check: (values) => {
      const present = Object.fromEntries(fields.map((field) => [field, values[field] ?? undefined]));
      const facts = { ...factsOfDetail(action), ...present, ownerPersonId: values.ownerPersonId };
      const refusals = [...checkMove(facts, targetOf(move, values), todayInWard(), values)];
      if (fields.includes('dueDate')) refusals.push(...(values.dueDate ? checkDueDate(values.dueDate, action.findingDate) : []));
      const gateErrors = Object.fromEntries(refusals.map((refusal) => [refusal.path, t(`actions.gate.${refusal.code}`)]));
      const dueDateMissing = fields.includes('dueDate') && !values.dueDate ? { dueDate: t('common.required') } : {};
      return { ...schemaErrors({ ...present, comment: values.comment }), ...gateErrors, ...dueDateMissing };
    },
    record: action,
    values: () => valuesOf(action),
    serverError: advance.error,
  });

  const values = form.getValues();
  const target = targetOf(move, values);
  const verifying = move.kind === 'verify';
  const needsNewDueDate = target === 'khong_hieu_qua' || move.kind === 'reopen';

  const submit = form.onSubmit(async (submitted) => {
    const changes = Object.fromEntries(
      fields.filter((field) => submitted[field] !== action[field]).map((field) => [field, field === 'dueDate' ? (submitted.dueDate ?? undefined) : submitted[field]]),
    );
    const moved = await advance.run({
      id: action.id,
      to: target,
      comment: submitted.comment,
      changes,
      ...(verifying ? { verifierPersonId: submitted.verifierPersonId ?? undefined, verificationDate: submitted.verificationDate ?? undefined } : {}),
      ...(needsNewDueDate ? { newDueDate: submitted.newDueDate ?? undefined } : {}),
    });
    if (!moved) return;
    notifications.show({ color: 'green', message: t('actions.moved', { status: t(`actions.status.${statusAfterMove(target)}`) }) });
  });
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };
  const textArea = (field: 'rootCause' | 'actionPlan' | 'completionEvidence', label: 'actions.form.rootCause' | 'actions.form.plan' | 'actions.form.evidence', hint: 'actions.form.rootCauseHint' | 'actions.form.planHint' | 'actions.form.evidenceHint') => (
    <Textarea label={t(label)} description={t(hint)} withAsterisk={field !== 'completionEvidence'} autosize minRows={3} {...form.getInputProps(field)} />
  );

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="action-step-title" data-testid="action-step">
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
        <Stack gap="sm">
          <Text id="action-step-title" size="sm" fw={600}>
            {t('actions.detail.nextStep')}: {t(moveLabel(move))}
          </Text>
          {fields.includes('rootCause') && textArea('rootCause', 'actions.form.rootCause', 'actions.form.rootCauseHint')}
          {fields.includes('actionPlan') && (
            <>
              {textArea('actionPlan', 'actions.form.plan', 'actions.form.planHint')}
              <Group grow align="flex-start">
                <Select
                  label={t('actions.form.ownerPerson')}
                  data={personOptions}
                  searchable
                  clearable
                  withAsterisk
                  {...form.getInputProps('ownerPersonId')}
                />
                <WardDateInput label={t('actions.form.dueDate')} withAsterisk minDate={action.findingDate} {...form.getInputProps('dueDate')} />
              </Group>
            </>
          )}
          {fields.includes('completionEvidence') && (
            <>
              {textArea('completionEvidence', 'actions.form.evidence', 'actions.form.evidenceHint')}
              <ActionEvidenceFiles action={action} editable />
            </>
          )}
          {verifying && (
            <>
              <Radio.Group label={t('actions.verify.result')} withAsterisk {...form.getInputProps('result')}>
                <Group gap="lg" mt={4}>
                  <Radio value="hieu_qua" label={t('actions.verify.effective')} />
                  <Radio value="khong_hieu_qua" label={t('actions.verify.ineffective')} />
                </Group>
              </Radio.Group>
              <Group grow align="flex-start">
                <Select
                  label={t('actions.verify.verifier')}
                  description={t('actions.verify.verifierHint')}
                  // The person responsible cannot verify their own action: they are not offered.
                  data={personOptions.filter((option) => option.value !== action.ownerPersonId)}
                  searchable
                  allowDeselect={false}
                  withAsterisk
                  {...form.getInputProps('verifierPersonId')}
                />
                <WardDateInput label={t('actions.verify.date')} withAsterisk {...form.getInputProps('verificationDate')} />
              </Group>
            </>
          )}
          {needsNewDueDate && <WardDateInput label={t('actions.verify.newDueDate')} withAsterisk minDate={todayInWard()} w={260} {...form.getInputProps('newDueDate')} />}
          <Textarea
            label={target === 'khong_hieu_qua' ? t('actions.verify.reason') : t('actions.move.comment')}
            description={target === 'khong_hieu_qua' ? undefined : t('actions.move.commentHint')}
            withAsterisk={target === 'khong_hieu_qua'}
            autosize
            minRows={1}
            {...form.getInputProps('comment')}
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t(`actions.status.${action.status}`)} → {t(`actions.status.${statusAfterMove(target)}`)}
            </Text>
            <Button type="submit" loading={advance.running}>
              {t(moveLabel(move))}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
