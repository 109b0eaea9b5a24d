import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import type { StoreHealth } from '../electron/shared/contract/storeHealth';
import { translate } from '../electron/shared/i18n/catalog';
import { startIntegrityCheck } from './integrityCheck';
import { alteredMigration, recordAppliedMigrations } from './migrationLedger';
import * as schema from './schema';
import { listBackups, storeProblemReport } from './storeProblems';
import type { StoreProblemKind } from './storeProblems';

/** The query builder, with the connection under it (`$client`) for the prepared statements of hot paths. */
export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface Store {
  readonly sqlite: Database.Database;
  readonly db: AppDatabase;
  readonly filePath: string;
  /** The better-sqlite3 binary this store was opened with, for connections of its own on worker threads. */
  readonly nativeBinding?: string;
  /** The background integrity check's verdict; `damaged` means nothing more may be written. */
  health(): StoreHealth;
  close(): void;
}

export interface OpenStoreOptions {
  dataDir: string;
  migrationsFolder: string;
  /** Path to a better-sqlite3 binary built for the running runtime (Electron uses its own build). */
  nativeBinding?: string;
  fileName?: string;
  /** Run the full integrity_check on a worker thread once the store is open (the app hosts do; most tests need not). */
  backgroundIntegrityCheck?: boolean;
  /** Told when the background check finishes. */
  onHealthChecked?: (health: StoreHealth) => void;
  /** Runs before pending migrations are applied to an existing store (the app takes a full backup there). */
  beforeMigration?: (fromVersion: number) => Promise<void>;
}

/** The store cannot be used; `message` is the whole Vietnamese report (what happened, what to do). */
export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreProblemKind,
    readonly filePath: string,
    detail?: string,
  ) {
    super(storeProblemReport(code, { filePath, detail }));
  }
}

export const STORE_FILE_NAME = 'kiem-tra-cchc-iso.sqlite';
const SQLITE_HEADER_BYTES = 100;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Opens (creating if needed) the single SQLite store and brings its schema up to date. Nothing is written
 * before the file is known to be a whole SQLite store of a version this app understands that passes quick_check
 * and whose applied migrations are the ones this app ships.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const filePath = path.join(options.dataDir, options.fileName ?? STORE_FILE_NAME);
  try {
    fs.mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    throw new StoreOpenError('STORE_UNREADABLE', filePath, (error as Error).message);
  }
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
  checkFileHeader(filePath);
  const sidecarsBefore = existingSidecars(filePath);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(filePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw storeOpenErrorFrom(error, filePath);
  }
  try {
    // Reads only, before journal_mode=WAL rewrites header bytes 18-19 of a rollback-journal store.
    refuseNewerStore(sqlite, filePath, migrations.length);
    refuseDamagedStore(sqlite, filePath);
    refuseAlteredMigrations(sqlite, filePath, migrations);
  } catch (error) {
    sqlite.close();
    removeNewEmptySidecars(filePath, sidecarsBefore);
    throw storeOpenErrorFrom(error, filePath);
  }
  try {
    applyPragmas(sqlite);
  } catch (error) {
    sqlite.close();
    throw storeOpenErrorFrom(error, filePath);
  }
  try {
    await migrate(sqlite, filePath, migrations, options.beforeMigration);
  } catch (error) {
    sqlite.close();
    throw error instanceof StoreOpenError ? error : new StoreOpenError('MIGRATION_FAILED', filePath, (error as Error).message);
  }
  const db = drizzle(sqlite, { schema });
  const monitor = watchHealth(filePath, options);
  return {
    sqlite,
    db,
    filePath,
    nativeBinding: options.nativeBinding,
    health: monitor.current,
    close() {
      void monitor.stop();
      if (!sqlite.open) return;
      // Fold the WAL back into the main file so a copied store is complete on its own.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    },
  };
}

/** Garbage and cut-off files are named as such before SQLite sees them (SQLite reads a 50-byte file as empty). */
function checkFileHeader(filePath: string): void {
  let header: Buffer;
  let size: number;
  try {
    if (!fs.existsSync(filePath)) return;
    size = fs.statSync(filePath).size;
    if (size === 0) return; // A new store whose first write never happened: SQLite starts it afresh.
    header = Buffer.alloc(Math.min(size, SQLITE_HEADER_BYTES));
    const fd = fs.openSync(filePath, 'r');
    try {
      fs.readSync(fd, header, 0, header.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw new StoreOpenError('STORE_UNREADABLE', filePath, (error as Error).message);
  }
  const magic = header.subarray(0, SQLITE_MAGIC.length);
  if (!SQLITE_MAGIC.subarray(0, magic.length).equals(magic)) throw new StoreOpenError('STORE_NOT_DATABASE', filePath);
  if (size < SQLITE_HEADER_BYTES) throw new StoreOpenError('STORE_TRUNCATED', filePath, `${size} byte`);
  const expected = declaredSize(header);
  // With a WAL beside it the main file may legitimately lag behind its header until the WAL is replayed.
  if (expected !== null && size < expected && !fs.existsSync(`${filePath}-wal`)) {
    throw new StoreOpenError('STORE_TRUNCATED', filePath, `${size} / ${expected} byte`);
  }
}

const sidecarSuffixes = ['-wal', '-shm'] as const;

function existingSidecars(filePath: string): Set<string> {
  return new Set(sidecarSuffixes.filter((suffix) => fs.existsSync(filePath + suffix)));
}

/** Reading a WAL store creates an empty -wal and a -shm; a refused store's folder is left as it was found. */
function removeNewEmptySidecars(filePath: string, before: Set<string>): void {
  const wal = `${filePath}-wal`;
  if (before.has('-wal') || (fs.existsSync(wal) && fs.statSync(wal).size > 0)) return;
  for (const suffix of sidecarSuffixes) if (!before.has(suffix)) fs.rmSync(filePath + suffix, { force: true });
}

/** The database size the header records (page size × page count), when the header says it is current. */
function declaredSize(header: Buffer): number | null {
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const sizeIsCurrent = header.readUInt32BE(24) === header.readUInt32BE(92);
  return sizeIsCurrent && pageCount > 0 ? pageSize * pageCount : null;
}

function refuseNewerStore(sqlite: Database.Database, filePath: string, supported: number): void {
  const applied = sqlite.pragma('user_version', { simple: true }) as number;
  if (applied > supported) {
    throw new StoreOpenError('STORE_TOO_NEW', filePath, translate('vi', 'store.schemaTooNew', { applied, supported }));
  }
}

function refuseAlteredMigrations(sqlite: Database.Database, filePath: string, migrations: MigrationMeta[]): void {
  const altered = alteredMigration(sqlite, migrations, sqlite.pragma('user_version', { simple: true }) as number);
  if (altered) throw new StoreOpenError('MIGRATION_ALTERED', filePath, altered);
}

function refuseDamagedStore(sqlite: Database.Database, filePath: string): void {
  const findings = (sqlite.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check);
  if (findings.length !== 1 || findings[0] !== 'ok') throw new StoreOpenError('STORE_DAMAGED', filePath, findings.join('; '));
}

/** SQLite's errors, English and with a stack, become the matching Vietnamese report. */
function storeOpenErrorFrom(error: unknown, filePath: string): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  const code = error instanceof Database.SqliteError ? error.code : ((error as NodeJS.ErrnoException | null)?.code ?? '');
  const detail = `${code} ${(error as Error | null)?.message ?? String(error)}`.trim();
  if (code === 'SQLITE_NOTADB') return new StoreOpenError('STORE_NOT_DATABASE', filePath, detail);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreOpenError('STORE_DAMAGED', filePath, detail);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreOpenError('STORE_BUSY', filePath, detail);
  return new StoreOpenError('STORE_UNREADABLE', filePath, detail);
}

function watchHealth(filePath: string, options: OpenStoreOptions): { current: () => StoreHealth; stop: () => Promise<void> } {
  let health: StoreHealth = { state: options.backgroundIntegrityCheck ? 'checking' : 'unchecked', checkedAt: null, report: '', dataDir: options.dataDir, backups: [] };
  if (!options.backgroundIntegrityCheck) return { current: () => health, stop: async () => undefined };
  const check = startIntegrityCheck(filePath, options.nativeBinding);
  void check.outcome.then((outcome) => {
    const checkedAt = new Date().toISOString();
    health =
      outcome.problems.length > 0
        ? {
            state: 'damaged',
            checkedAt,
            report: storeProblemReport('STORE_DAMAGED', { filePath, detail: outcome.problems.slice(0, 5).join('; '), foundWhileOpen: true }),
            dataDir: options.dataDir,
            backups: listBackups(options.dataDir),
          }
        : { ...health, state: outcome.failedToRun ? 'unchecked' : 'ok', checkedAt, report: outcome.failedToRun ? translate('vi', 'store.integrityCheckNotRun', { reason: outcome.failedToRun }) : '' };
    options.onHealthChecked?.(health);
  });
  return { current: () => health, stop: check.stop };
}

function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged answer must survive a power cut on an inspector's laptop.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

async function migrate(
  sqlite: Database.Database,
  filePath: string,
  migrations: MigrationMeta[],
  beforeMigration: OpenStoreOptions['beforeMigration'],
): Promise<void> {
  const applied = sqlite.pragma('user_version', { simple: true }) as number;
  const pending = migrations.slice(applied);
  if (pending.length === 0) {
    sqlite.transaction(() => recordAppliedMigrations(sqlite, migrations, applied))();
    return;
  }
  if (applied > 0) {
    await beforeMigration?.(applied);
    await backupBeforeMigration(sqlite, filePath, applied);
  }

  // Table rebuilds need foreign keys off; the pragma is ignored inside a transaction, so it is set around it.
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim() && !/^\s*PRAGMA\s+foreign_keys\s*=/i.test(statement)) sqlite.exec(statement);
        }
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new StoreOpenError('MIGRATION_FAILED', filePath, translate('vi', 'store.foreignKeyViolations', { count: violations.length }));
      }
      recordAppliedMigrations(sqlite, migrations, migrations.length);
      sqlite.pragma(`user_version = ${migrations.length}`);
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

async function backupBeforeMigration(sqlite: Database.Database, filePath: string, fromVersion: number): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await sqlite.backup(`${filePath}.v${fromVersion}-${stamp}.bak`);
}
