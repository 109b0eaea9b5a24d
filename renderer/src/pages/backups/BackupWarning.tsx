import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatInstant } from '../../../../electron/shared/dates';
import { useI18n } from '../../i18n/I18nProvider';
import { BackupProgress } from './BackupProgress';
import { useBackups } from './useBackups';

/** The home screen's warning when the last verified backup is over 7 days old (or there is none). */
export function BackupWarning() {
  const { t } = useI18n();
  const { status, backUpNow, backingUp } = useBackups();
  if (!status.data?.stale) return backingUp ? <BackupProgress active /> : null;
  const { lastVerifiedAt } = status.data;
  return (
    <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} mb="md" role="status" data-testid="backup-warning">
      <Group justify="space-between">
        <Text size="sm">{lastVerifiedAt ? t('backups.staleWarning', { time: formatInstant(lastVerifiedAt) }) : t('backups.neverWarning')}</Text>
        <Group gap="xs">
          <Button size="xs" variant="subtle" component="a" href="#/settings">
            {t('backups.openSettings')}
          </Button>
          <Button size="xs" onClick={() => void backUpNow()} loading={backingUp}>
            {t('backups.now')}
          </Button>
        </Group>
      </Group>
      <BackupProgress active={backingUp} />
    </Alert>
  );
}
