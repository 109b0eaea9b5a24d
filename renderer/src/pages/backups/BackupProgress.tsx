import { Button, Group, Paper, Progress, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { useBackupProgress } from './useBackups';

const MB = 1024 * 1024;

/** Files and bytes of the backup or restore under way, with "Hủy"; shown once it has run for a second. */
export function BackupProgress({ active }: { active: boolean }) {
  const { t, formatNumber } = useI18n();
  const { progress, cancel, cancelling } = useBackupProgress(active);
  if (!progress) return null;
  const share = progress.bytesTotal > 0 ? (progress.bytesDone / progress.bytesTotal) * 100 : 0;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="backup-progress">
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={500}>
          {t(`backups.progress.${progress.kind}`)}
        </Text>
        <Text size="sm" c="dimmed">
          {progress.cancelRequested
            ? t('backups.progress.cancelRequested')
            : t('backups.progress.figures', {
                files: progress.filesDone,
                filesTotal: progress.filesTotal,
                done: formatNumber(progress.bytesDone / MB, 1),
                total: formatNumber(progress.bytesTotal / MB, 1),
              })}
        </Text>
      </Group>
      <Group wrap="nowrap">
        <Progress value={share} style={{ flex: 1 }} aria-label={t(`backups.progress.${progress.kind}`)} />
        <Button size="xs" variant="default" onClick={cancel} loading={cancelling} disabled={progress.cancelRequested}>
          {t('backups.cancel')}
        </Button>
      </Group>
    </Paper>
  );
}
