/** English for why the store cannot be used and how to restore it. */
export const storeProblemsEnglish = {
  'storeProblems.happened.STORE_DAMAGED': 'The data file is damaged: SQLite\'s integrity check found errors in it.',
  'storeProblems.happened.STORE_NOT_DATABASE': 'The data file is not an SQLite database (its content was overwritten or replaced by another file).',
  'storeProblems.happened.STORE_TRUNCATED': 'The data file is truncated: it is shorter than the data it must hold (an unfinished copy or a full disk, perhaps).',
  'storeProblems.happened.STORE_TOO_NEW': 'The data was made by a newer version of the application.',
  'storeProblems.happened.MIGRATION_FAILED': 'Upgrading the data to this version of the application failed. Every change of the upgrade was undone.',
  'storeProblems.happened.MIGRATION_ALTERED':
    'The data was upgraded by an upgrade step other than the one of the same number this version ships (a test or altered build), so its structure may not be what the application expects.',
  'storeProblems.happened.STORE_BUSY': 'Another program holds the data file (the application may be open in another window, or a backup program is reading the file).',
  'storeProblems.happened.STORE_UNREADABLE': 'The data file could not be read (no access rights, a disk error, or the folder does not exist).',
  'storeProblems.cannotWork': 'The data cannot be used. {happened}',
  'storeProblems.file': 'File: {file}',
  'storeProblems.upgradeUndone': 'The data is as it was before the upgrade.',
  'storeProblems.nothingWrittenSince': 'Since this was found, the application has written nothing more to this file.',
  'storeProblems.nothingWritten': 'The application wrote nothing to this file; it is kept as it was before opening.',
  'storeProblems.detail': 'Technical details: {detail}',
  'storeProblems.restore.title': 'How to fix it:',
  'storeProblems.restore.close': '1. Close the application (if it is still open).',
  'storeProblems.restore.openFolder': '2. Open the data folder: {folder}',
  'storeProblems.restore.rename':
    '3. Rename the file {file} to {file}.hong (with the files {file}-wal and {file}-shm if present). Do not delete it: the IT staff may recover data from it.',
  'storeProblems.restore.copyBackup': '4. Copy the newest backup to the file {file}. The backups (.bak files) in this folder, newest first:\n{backups}',
  'storeProblems.restore.noBackup':
    '4. This folder has no backup (.bak file). Copy here a backup you keep elsewhere (USB stick, another computer), named {file}; if you have none, ask the IT staff to recover the data from the damaged file.',
  'storeProblems.restore.reopen': '5. Open the application again. What was entered after the backup was made must be entered again.',
  'storeProblems.fix.STORE_TOO_NEW': 'How to fix it: install the newest version of the application and open it again. Do not use this older version with that data.',
  'storeProblems.fix.MIGRATION_FAILED': 'How to fix it: keep using the previous version of the application and report this error (with the technical details below) to the IT staff.',
  'storeProblems.fix.backupBeforeUpgrade': 'Backup written before the upgrade: {backup} (in the folder {folder}).',
  'storeProblems.fix.MIGRATION_ALTERED':
    'How to fix it: open this data with the very version of the application that upgraded it, or install the newest official version; if it is still refused, report this error (with the technical details below) to the IT staff.',
  'storeProblems.fix.STORE_BUSY': 'How to fix it: close the other windows of the application (and any program that has the data file open), wait a moment and open it again.',
  'storeProblems.fix.STORE_UNREADABLE':
    'How to fix it: check that the data folder {folder} exists and that the Windows/Linux account in use may read and write it; then open the application again.',
} as const;
