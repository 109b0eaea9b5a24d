import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from './schema';

export type AppDatabase = BetterSQLite3Database<typeof schema>;

export interface Store {
  readonly sqlite: Database.Database;
  readonly db: AppDatabase;
  readonly filePath: string;
  close(): void;
}

export interface OpenStoreOptions {
  dataDir: string;
  migrationsFolder: string;
  /** Path to a better-sqlite3 binary built for the running runtime (Electron uses its own build). */
  nativeBinding?: string;
  fileName?: string;
}

export class StoreOpenError extends Error {
  constructor(
    readonly code: 'STORE_TOO_NEW' | 'MIGRATION_FAILED',
    message: string,
  ) {
    super(message);
  }
}

export const STORE_FILE_NAME = 'kiem-tra-cchc-iso.sqlite';

/** Opens (creating if needed) the single SQLite store and brings its schema up to date. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const filePath = path.join(options.dataDir, options.fileName ?? STORE_FILE_NAME);
  const sqlite = new Database(filePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyPragmas(sqlite);
    await migrate(sqlite, filePath, options.migrationsFolder);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = drizzle(sqlite, { schema });
  return {
    sqlite,
    db,
    filePath,
    close() {
      if (!sqlite.open) return;
      // Fold the WAL back into the main file so a copied store is complete on its own.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    },
  };
}

function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged answer must survive a power cut on an inspector's laptop.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

async function migrate(sqlite: Database.Database, filePath: string, migrationsFolder: string): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const applied = sqlite.pragma('user_version', { simple: true }) as number;
  if (applied > migrations.length) {
    throw new StoreOpenError(
      'STORE_TOO_NEW',
      `Dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${applied}, ứng dụng này chỉ hỗ trợ đến ${migrations.length}). ` +
        'Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.',
    );
  }
  const pending = migrations.slice(applied);
  if (pending.length === 0) return;
  if (applied > 0) await backupBeforeMigration(sqlite, filePath, applied);

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
        throw new StoreOpenError(
          'MIGRATION_FAILED',
          `Nâng cấp dữ liệu thất bại: ${violations.length} liên kết khóa ngoại không hợp lệ. Dữ liệu được giữ nguyên.`,
        );
      }
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
