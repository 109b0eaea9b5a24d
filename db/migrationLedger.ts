import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import { translate } from '../electron/shared/i18n/catalog';

/** The runner's own record of what it applied; kept out of the drizzle schema because the app never reads it. */
export const MIGRATION_LEDGER_TABLE = 'applied_migrations';

/** Line endings and surrounding blanks are left out, so a checkout with CRLF files ships the same hashes. */
export function migrationHash(migration: MigrationMeta): string {
  const text = migration.sql.map((statement) => statement.replace(/\r\n?/g, '\n').trim()).join('\n');
  return createHash('sha256').update(text).digest('hex');
}

interface LedgerRow {
  number: number;
  sha256: string;
}

function ledgerExists(sqlite: Database.Database): boolean {
  return sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(MIGRATION_LEDGER_TABLE) !== undefined;
}

/**
 * Names the first applied migration whose recorded SQL differs from the one this app ships under the same
 * number (a test build's or an edited migration), or null. Reads only.
 */
export function alteredMigration(sqlite: Database.Database, migrations: MigrationMeta[], applied: number): string | null {
  if (!ledgerExists(sqlite)) return null;
  const rows = sqlite.prepare(`select number, sha256 from ${MIGRATION_LEDGER_TABLE} where number <= ? order by number`).all(applied) as LedgerRow[];
  for (const row of rows) {
    const shipped = migrations[row.number - 1];
    if (shipped && migrationHash(shipped) !== row.sha256) {
      return translate('vi', 'store.migrationAltered', { number: row.number, applied: row.sha256.slice(0, 12), shipped: migrationHash(shipped).slice(0, 12) });
    }
  }
  return null;
}

/**
 * Records the hash of each of the first `applied` migrations not yet recorded. A store from before the
 * ledger gets the shipped hashes of the migrations it already had: nothing older is known about them.
 */
export function recordAppliedMigrations(sqlite: Database.Database, migrations: MigrationMeta[], applied: number): void {
  const recorded = ledgerExists(sqlite) ? (sqlite.prepare(`select count(*) as n from ${MIGRATION_LEDGER_TABLE}`).get() as { n: number }).n : -1;
  if (recorded === applied) return;
  sqlite.exec(
    `CREATE TABLE IF NOT EXISTS ${MIGRATION_LEDGER_TABLE} (number integer PRIMARY KEY NOT NULL, sha256 text NOT NULL, applied_at text NOT NULL)`,
  );
  const insert = sqlite.prepare(`INSERT OR IGNORE INTO ${MIGRATION_LEDGER_TABLE} (number, sha256, applied_at) VALUES (?, ?, ?)`);
  const now = new Date().toISOString();
  migrations.slice(0, applied).forEach((migration, index) => insert.run(index + 1, migrationHash(migration), now));
}
