import path from 'node:path';
import { readMachineFile, updateMachineFile } from '../identity/machineFile';

/** By default backups go beside the store; the user may choose another folder (a USB drive) for this laptop. */
export const defaultBackupFolder = (dataDir: string) => path.join(dataDir, 'sao-luu');

export function backupFolderOf(dataDir: string): string {
  return readMachineFile(dataDir).backupFolder ?? defaultBackupFolder(dataDir);
}

export function saveBackupFolder(dataDir: string, folder: string): void {
  updateMachineFile(dataDir, { backupFolder: folder });
}
