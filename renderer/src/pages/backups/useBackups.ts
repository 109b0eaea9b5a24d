import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { BackupView } from '../../../../electron/shared/contract/backups';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';

/** The backup folder, its backups, "Sao lưu ngay" and "Khôi phục" (each announced; the cache refreshes the list after the write). */
export function useBackups() {
  const { t } = useI18n();
  const status = useApiQuery('backups.status', {});
  const create = useApiCommand('backups.create');
  const setFolder = useApiCommand('backups.setFolder');
  const restore = useApiCommand('backups.restore');
  const restoreBackup = async (backup: BackupView) => {
    return restore.run({ fileName: backup.fileName });
  };
  const backUpNow = async () => {
    const backup = await create.run({});
    if (!backup) return;
    notifications.show({ color: 'green', message: t('backups.done', { file: backup.fileName }) });
  };
  return { status, backUpNow, backingUp: create.running, setFolder, restoreBackup, restoring: restore.running };
}

/** How often a running backup or restore is asked for its progress. */
const PROGRESS_POLL_MS = 300;

/** Work shorter than this shows no progress (it would only flicker). */
const SHOW_AFTER_MS = 1000;

/** The progress of the backup or restore under way once it has run for a second, asked again while `active`; and its cancel. */
export function useBackupProgress(active: boolean) {
  const progress = useApiQuery('backups.progress', {}, { pollMs: active ? PROGRESS_POLL_MS : undefined });
  // Read on every render, so each answer of the poll re-renders the screen even before the bar is shown.
  const data = progress.data;
  const cancel = useApiCommand('backups.cancel');
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return;
    const show = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => {
      clearTimeout(show);
      setShown(false);
    };
  }, [active]);
  return { progress: active && shown ? data : null, cancel: () => void cancel.run({}), cancelling: cancel.running };
}
