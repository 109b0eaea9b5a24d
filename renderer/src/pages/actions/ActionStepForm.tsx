import { Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { checkMove, statusAfterMove } from '../../../../electron/shared/rules/actionStates';
import { moveActionInput } from '../../../../electron/shared/contract/actions';
import type { ActionDetail } from '../../../../electron/shared/contract/actions';
import type { ActionStatus } from '../../../../electron/shared/contract/vocabulary';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useContractForm } from '../../hooks/useContractForm';
import { useI18n } from '../../i18n/I18nProvider';
import { factsOfDetail, todayInWard } from './actionFacts';
import { moveLabel } from './moveKinds';
import type { MoveKind } from './moveKinds';
import { useActionOptions } from './useActionOptions';
import { WardDateInput } from '../../components/WardDateInput';

type MoveValues = {
  comment: string;
  verifierPersonId: string | null;
  verificationDate: string | null;
  result: 'hieu_qua' | 'khong_hieu_qua';
  newDueDate: string | null;
};

const commentSchema = moveActionInput.pick({ comment: true });

function targetOf(move: MoveKind, values: MoveValues): ActionStatus {
  if (move.kind === 'simple') return move.to;
  if (move.kind === 'reopen') return 'dang_thuc_hien';
  return values.result === 'hieu_qua' ? 'da_xac_minh_hieu_qua' : 'khong_hieu_qua';
}

interface MoveDialogProps {
  action: ActionDetail;
  move: MoveKind | null;
  onClose(): void;
  onMoved(action: ActionDetail): void;
}

export function MoveDialog({ action, move, onClose, onMoved }: MoveDialogProps) {
  const { t } = useI18n();
  const { personOptions } = useActionOptions();
  const run = useApiCommand('actions.move');
  const form = useContractForm<MoveValues>({
    check: (values) => {
      if (!move) return {};
      const commentErrors = schemaResolver(commentSchema, { sync: true })(values);
      const refusals = checkMove(factsOfDetail(action), targetOf(move, values), todayInWard(), values);
      return { ...commentErrors, ...Object.fromEntries(refusals.map((refusal) => [refusal.path, t(`actions.gate.${refusal.code}`)])) };
    },
    opened: move !== null,
    record: move,
    values: () => ({ comment: '', verifierPersonId: action.verifierPersonId, verificationDate: todayInWard(), result: 'hieu_qua', newDueDate: null }),
    serverError: run.error,
  });

  if (!move) return null;
  const values = form.getValues();
  const target = targetOf(move, values);
  const verifying = move.kind === 'verify';
  const needsNewDueDate = target === 'khong_hieu_qua' || move.kind === 'reopen';

  const submit = form.onSubmit(async (submitted) => {
    const moved = await run.run({
      id: action.id,
      to: target,
      comment: submitted.comment,
      ...(verifying ? { verifierPersonId: submitted.verifierPersonId ?? undefined, verificationDate: submitted.verificationDate ?? undefined } : {}),
      ...(needsNewDueDate ? { newDueDate: submitted.newDueDate ?? undefined } : {}),
    });
    if (!moved) return;
    notifications.show({ color: 'green', message: t('actions.moved', { status: t(`actions.status.${statusAfterMove(target)}`) }) });
    onMoved(moved);
  });

  return (
    <Modal opened onClose={onClose} title={t(moveLabel(move))} size="lg" centered returnFocus>
      <form onSubmit={submit} noValidate>
        <Stack>
          {verifying && (
            <>
              <Radio.Group label={t('actions.verify.result')} withAsterisk {...form.getInputProps('result')}>
                <Stack gap={6} mt={4}>
                  <Radio value="hieu_qua" label={t('actions.verify.effective')} />
                  <Radio value="khong_hieu_qua" label={t('actions.verify.ineffective')} />
                </Stack>
              </Radio.Group>
              <Select
                label={t('actions.verify.verifier')}
                description={t('actions.verify.verifierHint')}
                // The person responsible cannot verify their own action: they are not offered.
                data={personOptions.filter((option) => option.value !== action.ownerPersonId)}
                searchable
                allowDeselect={false}
                withAsterisk
                data-autofocus
                {...form.getInputProps('verifierPersonId')}
              />
              <WardDateInput label={t('actions.verify.date')} withAsterisk {...form.getInputProps('verificationDate')} />
            </>
          )}
          {needsNewDueDate && (
            <WardDateInput label={t('actions.verify.newDueDate')} withAsterisk minDate={todayInWard()} {...form.getInputProps('newDueDate')} />
          )}
          <Textarea
            label={target === 'khong_hieu_qua' ? t('actions.verify.reason') : t('actions.move.comment')}
            description={target === 'khong_hieu_qua' ? undefined : t('actions.move.commentHint')}
            withAsterisk={target === 'khong_hieu_qua'}
            autosize
            minRows={2}
            data-autofocus={!verifying}
            {...form.getInputProps('comment')}
          />
          {!verifying && !needsNewDueDate && (
            <Text size="sm" c="dimmed">
              {t(`actions.status.${action.status}`)} → {t(`actions.status.${target}`)}
            </Text>
          )}
          <FormActions saving={run.running} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
