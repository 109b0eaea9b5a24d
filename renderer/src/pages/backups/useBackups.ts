import { notifications } from '@mantine/notifications';
import type { BackupView } from '../../../../electron/shared/contract/backups';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';

/** The backup folder, its backups, "Sao lưu ngay" and "Khôi phục" (each announced, then the list reloads). */
export function useBackups() {
  const { t } = useI18n();
  const status = useApiQuery('backups.status', {});
  const create = useApiCommand('backups.create');
  const setFolder = useApiCommand('backups.setFolder');
  const restore = useApiCommand('backups.restore');
  const restoreBackup = async (backup: BackupView) => {
    const result = await restore.run({ fileName: backup.fileName });
    if (result) status.reload();
    return result;
  };
  const backUpNow = async () => {
    const backup = await create.run({});
    if (!backup) return;
    notifications.show({ color: 'green', message: t('backups.done', { file: backup.fileName }) });
    status.reload();
  };
  return { status, backUpNow, backingUp: create.running, setFolder, restoreBackup, restoring: restore.running };
}
