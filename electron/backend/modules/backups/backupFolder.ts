import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * This laptop's own settings, kept beside the store rather than in it: a restored store (perhaps from
 * another laptop) must not move where this laptop writes its backups.
 */
const MACHINE_SETTINGS_FILE = 'may-nay.json';

const machineSettings = z.object({ backupFolder: z.string().min(1).optional() }).loose();

export const defaultBackupFolder = (dataDir: string) => path.join(dataDir, 'sao-luu');

function readMachineSettings(dataDir: string): z.infer<typeof machineSettings> {
  try {
    const parsed = machineSettings.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, MACHINE_SETTINGS_FILE), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function backupFolderOf(dataDir: string): string {
  return readMachineSettings(dataDir).backupFolder ?? defaultBackupFolder(dataDir);
}

/** Written beside and renamed, so a crash leaves the old settings or the new ones. */
export function saveBackupFolder(dataDir: string, folder: string): void {
  const target = path.join(dataDir, MACHINE_SETTINGS_FILE);
  const temporary = `${target}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ ...readMachineSettings(dataDir), backupFolder: folder }, null, 2));
  fs.renameSync(temporary, target);
}
