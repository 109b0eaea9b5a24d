import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { PlannedInspectionView } from '../../../../electron/shared/contract/programme';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';

interface ApproveDialogProps {
  opened: boolean;
  year: number;
  bodyShortCode: string;
  documentNumber: string;
  saving: boolean;
  /** The store's today, and the entries dated before it that no audit was started from. */
  today: string;
  pastEntries: PlannedInspectionView[];
  onApprove(documentNumber: string): void;
  onClose(): void;
}

/** Approval asks for the document number the plan is issued under ("Số: 05/KH-UBND"). */
export function ApproveDialog({ opened, year, onClose, ...form }: ApproveDialogProps) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('programme.approveTitle', { year })} centered returnFocus>
      <ApproveForm onClose={onClose} {...form} />
    </Modal>
  );
}

/** Mounted each time the dialog opens, so it starts from the programme's current number. */
function ApproveForm({ bodyShortCode, documentNumber, saving, today, pastEntries, onApprove, onClose }: Omit<ApproveDialogProps, 'opened' | 'year'>) {
  const { t } = useI18n();
  const [number, setNumber] = useState(documentNumber);
  const invalid = !/^\d*$/.test(number.trim());
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) onApprove(number.trim());
      }}
    >
      <Stack>
        <Text size="sm">{t('programme.approveHint')}</Text>
        {pastEntries.length > 0 && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
            {t('wayfinding.approve.pastDates', {
              count: pastEntries.length,
              today: formatCalendarDate(today),
              dates: pastEntries.map((entry) => `${entry.unitName} (${formatCalendarDate(entry.date)})`).join(', '),
            })}
          </Alert>
        )}
        <TextInput
          label={t('programme.documentNumber')}
          description={t('programme.documentNumberHint', { code: bodyShortCode })}
          value={number}
          onChange={(event) => setNumber(event.currentTarget.value)}
          error={invalid ? t('programme.documentNumberError') : undefined}
          inputMode="numeric"
          w={220}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={invalid}>
            {t('programme.approve')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
