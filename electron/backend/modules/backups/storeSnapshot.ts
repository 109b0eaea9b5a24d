import Database from 'better-sqlite3';

export interface SnapshotFacts {
  schemaVersion: number;
  auditCount: number;
  /** integrity_check's findings; empty when the copy is intact. */
  problems: string[];
}

/** Opens a store copy on its own, runs the full integrity_check and reads what a backup's list shows. */
export function checkStoreCopy(filePath: string, nativeBinding?: string): SnapshotFacts {
  const db = new Database(filePath, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const rows = (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map((row) => row.integrity_check);
    const problems = rows.length === 1 && rows[0] === 'ok' ? [] : rows;
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const hasAudits = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'audits'").get() !== undefined;
    const auditCount = hasAudits ? (db.prepare('select count(*) as n from audits').get() as { n: number }).n : 0;
    return { schemaVersion, auditCount, problems };
  } finally {
    db.close();
  }
}

/** The bytes a copy of the live store will have: its pages now, the WAL's included. */
export function storeSize(storePath: string, nativeBinding?: string): number {
  const db = new Database(storePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  } finally {
    db.close();
  }
}

/**
 * Copies the live store with SQLite's online backup API through a connection of its own (the app keeps
 * writing meanwhile), then turns the copy into a single rollback-journal file that needs no -wal beside it.
 */
export async function snapshotStore(storePath: string, target: string, nativeBinding?: string): Promise<void> {
  const source = new Database(storePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    // After the first (empty) step, every page in one step: between steps a write by the app's own connection
    // restarts the copy, so a store written to all the while would never be copied in steps.
    await source.backup(target, { progress: ({ remainingPages }) => remainingPages });
  } finally {
    source.close();
  }
  const copy = new Database(target, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
