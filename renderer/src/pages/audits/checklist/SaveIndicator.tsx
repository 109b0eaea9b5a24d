import { Group, Loader, Text } from '@mantine/core';
import { IconCloudCheck, IconCloudX } from '@tabler/icons-react';
import { formatInstant } from '../../../../../electron/shared/dates';
import { useI18n } from '../../../i18n/I18nProvider';
import type { SaveStatus } from './saveQueue';

/** There is no save button: this says whether everything typed is in the store. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useI18n();
  const content = status.retrying ? (
    <>
      <IconCloudX size={18} color="var(--mantine-color-red-7)" aria-hidden />
      <Text size="sm" c="red.8" fw={600}>
        {t('audits.save.retrying', { count: status.pending })}
      </Text>
    </>
  ) : status.pending > 0 ? (
    <>
      <Loader size={14} aria-hidden />
      <Text size="sm">{t('audits.save.saving')}</Text>
    </>
  ) : (
    <>
      <IconCloudCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />
      <Text size="sm" c="dimmed">
        {status.lastSavedAt ? t('audits.save.savedAt', { time: formatInstant(status.lastSavedAt).slice(11) }) : t('audits.save.allSaved')}
      </Text>
    </>
  );
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-testid="save-indicator" data-pending={status.pending}>
      {content}
    </Group>
  );
}
