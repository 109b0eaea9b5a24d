import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../electron/shared/i18n/catalog';
import type { Language } from '../electron/shared/i18n/catalog';

/** Why the store could not be used. Every kind has a report (the catalog's storeProblems area) saying what happened and what to do. */
export type StoreProblemKind =
  | 'STORE_TOO_NEW'
  | 'MIGRATION_FAILED'
  | 'MIGRATION_ALTERED'
  | 'STORE_DAMAGED'
  | 'STORE_NOT_DATABASE'
  | 'STORE_TRUNCATED'
  | 'STORE_BUSY'
  | 'STORE_UNREADABLE';

export interface StoreProblemFacts {
  filePath: string;
  /** SQLite's own words or counts, shown last as technical detail for whoever helps the user. */
  detail?: string;
  /** Found by the background check while the app was already working on the store. */
  foundWhileOpen?: boolean;
}

/** The .bak copies beside the store (written before each upgrade, or by the user), newest first. */
export function listBackups(dataDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir).filter((name) => name.toLowerCase().endsWith('.bak'));
  } catch {
    return [];
  }
  const modified = (name: string) => fs.statSync(path.join(dataDir, name)).mtimeMs;
  return names.sort((a, b) => modified(b) - modified(a) || b.localeCompare(a));
}

/** The restore steps, naming the folder, the files and the backups the user actually has. */
function restoreSteps(language: Language, filePath: string, backups: string[]): string[] {
  const folder = path.dirname(filePath);
  const file = path.basename(filePath);
  return [
    translate(language, 'storeProblems.restore.title'),
    translate(language, 'storeProblems.restore.close'),
    translate(language, 'storeProblems.restore.openFolder', { folder }),
    translate(language, 'storeProblems.restore.rename', { file }),
    backups.length > 0
      ? translate(language, 'storeProblems.restore.copyBackup', { file, backups: backups.map((name) => `   - ${name}`).join('\n') })
      : translate(language, 'storeProblems.restore.noBackup', { file }),
    translate(language, 'storeProblems.restore.reopen'),
  ];
}

function whatToDo(language: Language, kind: StoreProblemKind, filePath: string, backups: string[]): string[] {
  const folder = path.dirname(filePath);
  switch (kind) {
    case 'STORE_TOO_NEW':
    case 'MIGRATION_ALTERED':
    case 'STORE_BUSY':
      return [translate(language, `storeProblems.fix.${kind}`)];
    case 'MIGRATION_FAILED':
      return [
        translate(language, 'storeProblems.fix.MIGRATION_FAILED'),
        ...(backups[0] ? [translate(language, 'storeProblems.fix.backupBeforeUpgrade', { backup: backups[0], folder })] : []),
      ];
    case 'STORE_UNREADABLE':
      return [translate(language, 'storeProblems.fix.STORE_UNREADABLE', { folder })];
    default:
      return restoreSteps(language, filePath, backups);
  }
}

/**
 * The whole message the user reads: what happened, that the file was left as it was, and what to do.
 * Vietnamese by default: it is shown at start, before any UI language is known.
 */
export function storeProblemReport(kind: StoreProblemKind, facts: StoreProblemFacts, language: Language = 'vi'): string {
  const backups = listBackups(path.dirname(facts.filePath));
  return [
    translate(language, 'storeProblems.cannotWork', { happened: translate(language, `storeProblems.happened.${kind}`) }),
    translate(language, 'storeProblems.file', { file: facts.filePath }),
    translate(language, kind === 'MIGRATION_FAILED' ? 'storeProblems.upgradeUndone' : facts.foundWhileOpen ? 'storeProblems.nothingWrittenSince' : 'storeProblems.nothingWritten'),
    '',
    ...whatToDo(language, kind, facts.filePath, backups),
    ...(facts.detail ? ['', translate(language, 'storeProblems.detail', { detail: facts.detail })] : []),
  ].join('\n');
}
