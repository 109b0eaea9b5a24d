import * as z from 'zod';
import { query, task } from './define';
import { requiredText } from './fields';
import { fieldMessage } from '../i18n/fieldMessages';

export type BackupReasonView = 'start' | 'manual' | 'before-migration' | 'before-restore' | 'before-import';

/** One backup file in the backup folder, as its manifest describes it. */
export interface BackupView {
  fileName: string;
  /** ISO instant the backup was taken. */
  createdAt: string;
  size: number;
  auditCount: number;
  appVersion: string;
  schemaVersion: number;
  reason: BackupReasonView;
  /** The backups whose files hold evidence this one leaves out (backup format version 2); empty for a self-contained one. */
  basedOn: string[];
  /** Vietnamese: why the file cannot be used (newer app, not a backup); null when its manifest reads. */
  problem: string | null;
}

export interface BackupsStatus {
  folder: string;
  /** The folder used until the user picks one: beside the store. */
  defaultFolder: string;
  /** When the newest backup in the folder was taken; every backup there was verified before it got its name. */
  lastVerifiedAt: string | null;
  /** No backup, or the newest one is more than 7 days old: the home screen warns. */
  stale: boolean;
  /** Newest first. */
  backups: BackupView[];
}

/** After this many days without a backup the home screen warns. */
export const BACKUP_STALE_DAYS = 7;

export const backupFolderInput = z.object({ folder: requiredText('fieldLabels.backupFolder', 1000) }).strict();

export interface RestoreResult {
  restored: BackupView;
  /**
   * The backup of the state just replaced, taken before the swap: a verified backup, or, for a store that
   * failed its integrity check, a plain copy of the damaged file (kept for IT to recover data from).
   */
  safetyBackup: string;
}

/** A backup or restore under way: files and bytes of the current pass (copying, then checking). */
export interface OperationProgress {
  kind: 'backup' | 'restore' | 'export' | 'import';
  startedAt: string;
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  cancelRequested: boolean;
}

export const backupsMethods = {
  'backups.status': query<BackupsStatus>()(z.object({}).strict(), 'Thư mục sao lưu, các bản sao lưu và thời điểm sao lưu gần nhất', { requiresProfile: false }),
  'backups.create': task<BackupView>()(z.object({}).strict(), 'Sao lưu ngay: ghi, kiểm tra và xoay vòng bản sao lưu'),
  'backups.restore': task<RestoreResult>()(
    z.object({ fileName: requiredText('fieldLabels.backupName', 100).regex(/^sao-luu-\d{8}T\d{6}Z(-\d+)?\.zip$/, { error: () => fieldMessage('contractRules.backupNameInvalid') }) }).strict(),
    'Khôi phục: kiểm tra bản sao lưu, sao lưu trạng thái hiện tại, thay tệp dữ liệu một cách nguyên tử rồi mở lại',
    { allowedWhenDamaged: true },
  ),
  'backups.progress': query<OperationProgress | null>()(z.object({}).strict(), 'Tiến độ sao lưu hoặc khôi phục đang chạy (tệp, byte)', { requiresProfile: false }),
  'backups.cancel': task<{ cancelRequested: boolean }>()(
    z.object({}).strict(),
    'Hủy sao lưu hoặc khôi phục đang chạy; không để lại gì dở dang (khôi phục chỉ hủy được trước bước thay tệp dữ liệu)',
  ),
  'backups.setFolder': task<BackupsStatus>()(backupFolderInput, 'Chọn thư mục sao lưu (ví dụ ổ USB)'),
};
