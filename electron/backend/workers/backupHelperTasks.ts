import { checkStoreCopy, snapshotStore } from '../modules/backups/storeSnapshot';
import { hashFileRanges } from '../modules/backups/writtenPartHashes';
import { digestFile } from '../modules/backups/zipParts';

/**
 * The work a backup hands to threads beside its own: copying the store, summing and checking that copy, and
 * hashing what it reads back.
 * A pool of their own with a small entry (backupHelper.cjs), so starting them does not load the libraries the
 * document tasks need.
 */
export const backupHelperTasks = {
  'backups.hashParts': hashFileRanges,
  'backups.snapshotStore': ({ storePath, target, nativeBinding }: { storePath: string; target: string; nativeBinding?: string }) => snapshotStore(storePath, target, nativeBinding),
  'backups.digestFile': digestFile,
  'backups.checkStoreCopy': ({ filePath, nativeBinding }: { filePath: string; nativeBinding?: string }) => checkStoreCopy(filePath, nativeBinding),
};
