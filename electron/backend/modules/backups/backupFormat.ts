import { z } from 'zod';

/** The backup file format (README "Backups"): bump on any change an older app could misread. */
export const BACKUP_FORMAT = 'kiem-tra-cchc-iso/sao-luu';
export const BACKUP_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const STORE_ENTRY = 'kiem-tra-cchc-iso.sqlite';
/** The folders under the data folder whose files travel with the store. */
export const FILE_FOLDERS = ['evidence', 'minutes'] as const;

export const backupReasons = ['start', 'manual', 'before-migration', 'before-restore', 'before-import'] as const;
export type BackupReason = (typeof backupReasons)[number];

const part = z.object({ name: z.string().min(1), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type ManifestPart = z.infer<typeof part>;

/** Read leniently first (format and version), so a newer file is named as newer rather than as malformed. */
export const manifestHeader = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number().int().positive() });

export const backupManifest = manifestHeader.extend({
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  reason: z.enum(backupReasons),
  auditCount: z.number().int().nonnegative(),
  parts: z.array(part),
});
export type BackupManifest = z.infer<typeof backupManifest>;

/** sao-luu-20261130T193012Z.zip: the UTC instant, so names sort by time and never depend on the zone. */
export function backupFileName(createdAt: Date, attempt = 0): string {
  const stamp = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `sao-luu-${stamp}${attempt > 0 ? `-${attempt}` : ''}.zip`;
}

export const isBackupFileName = (name: string) => /^sao-luu-\d{8}T\d{6}Z(-\d+)?\.zip$/.test(name);
