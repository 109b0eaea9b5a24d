import { checkStoreCopy } from '../modules/backups/storeSnapshot';
import { hashFileRanges } from '../modules/backups/writtenPartHashes';

/**
 * The work a backup hands to threads beside its own: hashing what it reads back and checking its store copy.
 * A pool of their own with a small entry (backupHelper.cjs), so starting them does not load the libraries the
 * document tasks need.
 */
export const backupHelperTasks = {
  'backups.hashParts': hashFileRanges,
  'backups.checkStoreCopy': ({ filePath, nativeBinding }: { filePath: string; nativeBinding?: string }) => checkStoreCopy(filePath, nativeBinding),
};
