import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupView, RestoreResult } from '../../../../electron/shared/contract/backups';
import { formatInstant } from '../../../../electron/shared/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyHint } from '../../components/EmptyHint';
import { useI18n } from '../../i18n/I18nProvider';
import { BackupProgress } from './BackupProgress';
import { BackupTable } from './BackupTable';
import { SingleTextForm } from './SingleTextForm';
import { useBackups } from './useBackups';

/** Cài đặt → Sao lưu và khôi phục: the folder, "Sao lưu ngay", the last verified backup and the list. */
/** `onRestored`: every page's data changed, so the app starts afresh on the restored store once the user has read the result. */
export function BackupsSection({ onRestored }: { onRestored(): void }) {
  const { t } = useI18n();
  const { status, backUpNow, backingUp, setFolder, restoreBackup, restoring } = useBackups();
  const [toRestore, setToRestore] = useState<BackupView>();
  const [restored, setRestored] = useState<{ backup: BackupView; result: RestoreResult }>();

  const saveFolder = async (value: string) => {
    if (!(await setFolder.run({ folder: value }))) return;
    notifications.show({ color: 'green', message: t('backups.folderSaved') });
  };

  const data = status.data;
  if (!data) return null;
  return (
    <Stack>
      <SingleTextForm
        key={data.folder}
        label={t('backups.folder')}
        description={t('backups.folderHint', { folder: data.defaultFolder })}
        value={data.folder}
        saving={setFolder.running}
        error={setFolder.error}
        onSave={(value) => void saveFolder(value)}
        extra={
          data.folder !== data.defaultFolder && (
            <Button variant="subtle" onClick={() => void saveFolder(data.defaultFolder)}>
              {t('backups.useDefault')}
            </Button>
          )
        }
      />
      <Group justify="space-between">
        <Text size="sm" c={data.stale ? 'red' : undefined} data-testid="last-backup">
          {data.lastVerifiedAt ? t('backups.last', { time: formatInstant(data.lastVerifiedAt) }) : t('backups.none')}
        </Text>
        <Button leftSection={<IconDatabaseExport size={18} aria-hidden />} onClick={() => void backUpNow()} loading={backingUp}>
          {t('backups.now')}
        </Button>
      </Group>
      <BackupProgress active={backingUp || restoring} />
      {data.backups.length > 0 ? <BackupTable
          backups={data.backups}
          actions={(backup) =>
            backup.problem === null && (
              <Button size="xs" variant="light" color="orange" onClick={() => setToRestore(backup)} loading={restoring && toRestore === backup}>
                {t('backups.restore')}
              </Button>
            )
          }
        /> : <EmptyHint message={t('backups.none')} />}
      <ConfirmDialog
        opened={toRestore !== undefined && !restoring}
        title={t('backups.restoreTitle')}
        message={toRestore ? t('backups.restoreConfirm', { time: formatInstant(toRestore.createdAt), audits: toRestore.auditCount }) : ''}
        confirmLabel={t('backups.restore')}
        danger
        onConfirm={() => {
          if (!toRestore) return;
          void restoreBackup(toRestore).then((result) => {
            if (result) setRestored({ backup: toRestore, result });
            setToRestore(undefined);
          });
        }}
        onCancel={() => setToRestore(undefined)}
      />
      <Modal opened={restored !== undefined} onClose={onRestored} title={t('backups.restoredTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text mb="lg">{restored && t('backups.restored', { time: formatInstant(restored.backup.createdAt), safety: restored.result.safetyBackup })}</Text>
        <Group justify="flex-end">
          <Button onClick={onRestored} data-autofocus>
            {t('backups.reopen')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
