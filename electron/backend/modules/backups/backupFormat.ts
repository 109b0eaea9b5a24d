import * as z from 'zod';

/** The backup file format (README "Backups"): bump on any change an older app could misread. */
export const BACKUP_FORMAT = 'kiem-tra-cchc-iso/sao-luu';
/** The newest version this app reads and writes: 2 lets a part be held by another backup in the folder (`in`). */
export const BACKUP_FORMAT_VERSION = 2;
/** A backup holding every part itself is written as version 1, so an app that knows only 1 still restores it. */
export const SELF_CONTAINED_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const STORE_ENTRY = 'kiem-tra-cchc-iso.sqlite';
/** The folders under the data folder whose files travel with the store. */
export const FILE_FOLDERS = ['evidence', 'minutes'] as const;

export const backupReasons = ['start', 'manual', 'before-migration', 'before-restore', 'before-import'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const isBackupFileName = (name: string) => /^sao-luu-\d{8}T\d{6}Z(-\d+)?\.zip$/.test(name);

const part = z.object({
  name: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Version 2: the part is not in this zip but in this other backup of the same folder, which holds it itself. */
  in: z.string().refine(isBackupFileName).optional(),
});
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
})
  // A version-1 reader would take a part held elsewhere as missing: only version 2 may refer.
  .refine((manifest) => manifest.formatVersion >= 2 || manifest.parts.every((entry) => entry.in === undefined));
export type BackupManifest = z.infer<typeof backupManifest>;

/** The backups whose files hold parts of this one (none for a self-contained backup), in name order. */
export const basesOf = (manifest: Pick<BackupManifest, 'parts'>): string[] =>
  [...new Set(manifest.parts.flatMap((entry) => (entry.in === undefined ? [] : [entry.in])))].sort();

/** The reasons whose backups may leave out evidence a verified backup in the folder already holds (README "Backups"). */
export const referringReasons: readonly BackupReason[] = ['before-import'];

/** sao-luu-20261130T193012Z.zip: the UTC instant, so names sort by time and never depend on the zone. */
export function backupFileName(createdAt: Date, attempt = 0): string {
  const stamp = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  return `sao-luu-${stamp}${attempt > 0 ? `-${attempt}` : ''}.zip`;
}

/** The instant a backup's file name records (names are written only by backupFileName). */
export function backupTimeFromName(fileName: string): string {
  const [, y, mo, d, h, mi, s] = /^sao-luu-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(fileName)!;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
}

/** A backup's file name with the instant it records, as the rotation sorts them. */
export const datedBackup = (fileName: string) => ({ fileName, createdAt: backupTimeFromName(fileName) });

/** Backups newest first: by the instant, then a later attempt in the same second (…Z-1.zip) before an earlier one (…Z.zip). */
export function newestBackupFirst(a: { fileName: string; createdAt: string }, b: { fileName: string; createdAt: string }): number {
  const attempt = (fileName: string) => Number(/-(\d+)\.zip$/.exec(fileName)?.[1] ?? 0);
  return b.createdAt.localeCompare(a.createdAt) || attempt(b.fileName) - attempt(a.fileName) || b.fileName.localeCompare(a.fileName);
}
