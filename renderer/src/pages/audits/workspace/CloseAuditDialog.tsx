import { Alert, Button, Checkbox, Divider, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconSquareCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditDetail } from '../../../../../electron/shared/contract/audits';
import { formatCalendarDate } from '../../../../../electron/shared/dates';
import { localize } from '../../../../../electron/shared/i18n/catalog';
import { TimeOfDayInput } from '../../../components/TimeOfDayInput';
import { useApiCommand } from '../../../hooks/useApiCommand';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useI18n } from '../../../i18n/I18nProvider';
import { ClosingPendingList, pendingCount } from './ClosingPendingList';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

interface CloseAuditDialogProps {
  auditId: string;
  onCancel(): void;
  onClosed(audit: AuditDetail): void;
  onOpenSummary(): void;
  onGoToItem(itemId: string): void;
}

/**
 * Closing an audit: the time it ended (for the minutes), what still stops the closing, and what is
 * pending. Pending items are recorded from here or confirmed on purpose before the audit closes.
 */
export function CloseAuditDialog({ auditId, onCancel, onClosed, onOpenSummary, onGoToItem }: CloseAuditDialogProps) {
  const { t, language } = useI18n();
  const check = useApiQuery('audits.closingCheck', { auditId });
  const close = useApiCommand('audits.close');
  const recordAll = useApiCommand('findings.recordSuggested');
  const [typedTime, setTypedTime] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  const data = check.data;
  const endedTime = typedTime ?? data?.endedTime ?? '';
  const timeValid = TIME_OF_DAY.test(endedTime);
  const pending = data ? pendingCount(data) : 0;
  const canClose = data !== undefined && data.dateRefusal === null && data.closeBlockers.length === 0 && timeValid && (pending === 0 || confirmed);

  const recordSuggested = async () => {
    const recorded = await recordAll.run({ auditId });
    if (!recorded) return;
    notifications.show({ color: 'green', message: t('audits.close.recorded', { count: recorded.length }) });
  };
  const closeAudit = async () => {
    const closed = await close.run({ id: auditId, endedTime });
    if (closed) onClosed(closed);
  };

  return (
    <Modal opened onClose={onCancel} title={t('audits.close.confirmTitle')} size="lg" centered returnFocus>
      {!data ? (
        check.error ? <Alert color="red">{check.error.message}</Alert> : <Loader aria-label={t('common.loading')} />
      ) : (
        <Stack gap="md">
          <Text size="sm">{t('audits.close.confirmMessage')}</Text>
          {data.dateRefusal && (
            <Alert color="red" icon={<IconAlertCircle size={18} aria-hidden />}>
              {localize(data.dateRefusal, language)}
            </Alert>
          )}
          {data.closeBlockers.length > 0 && (
            <Alert color="yellow" icon={<IconAlertCircle size={18} aria-hidden />} title={t('audits.close.blockedTitle', { count: data.closeBlockers.length })}>
              <Button size="compact-sm" variant="subtle" onClick={onOpenSummary}>
                {t('audits.close.openSummary')}
              </Button>
            </Alert>
          )}
          <TimeOfDayInput
            label={t('audits.close.endedTime', { date: formatCalendarDate(data.endDate) })}
            description={t('audits.close.endedTimeHint')}
            value={endedTime}
            onChange={(event) => setTypedTime(event.currentTarget.value)}
            error={timeValid ? undefined : t('audits.close.timeInvalid')}
            disabled={data.dateRefusal !== null}
          />
          <Divider />
          {pending === 0 ? (
            <Text size="sm" c="dimmed">
              {t('audits.close.nothingPending')}
            </Text>
          ) : (
            <>
              <Title order={2} size="h4">
                {t('audits.close.pendingTitle', { count: pending })}
              </Title>
              <ClosingPendingList pending={data} recording={recordAll.running} onRecordAll={() => void recordSuggested()} onGoToItem={onGoToItem} />
              <Checkbox label={t('audits.close.confirmPending')} checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button leftSection={<IconSquareCheck size={18} aria-hidden />} disabled={!canClose} loading={close.running} onClick={() => void closeAudit()}>
              {t('audits.close.button')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
