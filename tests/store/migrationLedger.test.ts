import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { MIGRATION_LEDGER_TABLE, migrationHash } from '../../db/migrationLedger';
import { openStore, StoreOpenError, STORE_FILE_NAME } from '../../db/store';
import { sourceLayout } from '../../electron/backend/paths';
import { migrationsFolderWith } from '../support/migrationsFolder';
import { storeOpener } from '../support/openedStores';
import { makeTempDir } from '../support/tempBackend';

const shipped = readMigrationFiles({ migrationsFolder: sourceLayout.migrationsFolder });
const open = storeOpener();

const ledger = (sqlite: Database.Database) => sqlite.prepare(`select number, sha256 from ${MIGRATION_LEDGER_TABLE} order by number`).all();
const shippedLedger = (count: number) => shipped.slice(0, count).map((migration, index) => ({ number: index + 1, sha256: migrationHash(migration) }));

/** The store's folder as bytes, file by file: what "untouched" is checked against. */
const folderBytes = (dataDir: string) => Object.fromEntries(fs.readdirSync(dataDir).map((name) => [name, fs.readFileSync(path.join(dataDir, name)).toString('base64')]));

describe('the applied-migration ledger', () => {
  it('records the SHA-256 of each migration as it is applied, and of the ones applied before on an upgrade', async () => {
    const dataDir = makeTempDir();
    const old = await open(dataDir, migrationsFolderWith(3));
    expect(ledger(old.sqlite)).toEqual(shippedLedger(3));
    old.close();
    const upgraded = await open(dataDir);
    expect(ledger(upgraded.sqlite)).toEqual(shippedLedger(shipped.length));
    expect(new Set(shippedLedger(shipped.length).map((row) => row.sha256)).size).toBe(shipped.length);
  });

  it('fills in the ledger of a store written before there was one, with the shipped hashes', async () => {
    const dataDir = makeTempDir();
    (await open(dataDir)).close();
    const raw = new Database(path.join(dataDir, STORE_FILE_NAME));
    raw.exec(`drop table ${MIGRATION_LEDGER_TABLE}`);
    raw.close();
    const store = await open(dataDir);
    expect(ledger(store.sqlite)).toEqual(shippedLedger(shipped.length));
  });

  it('gives the same hash to a migration whatever its line endings', () => {
    const migration = shipped[1]!;
    expect(migrationHash({ ...migration, sql: migration.sql.map((statement) => statement.replace(/\n/g, '\r\n')) })).toBe(migrationHash(migration));
  });

  it('refuses, in Vietnamese and leaving the store untouched, a store whose applied migration differs from the shipped one', async () => {
    const dataDir = makeTempDir();
    // A test build shipped its own migration 0003 and this store was upgraded with it.
    (await open(dataDir, migrationsFolderWith(2, { tag: '0002_test_build', sql: 'CREATE TABLE `scratch` (`id` text);' }))).close();
    const before = folderBytes(dataDir);

    const refusal = await openStore({ dataDir, migrationsFolder: sourceLayout.migrationsFolder }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StoreOpenError);
    expect((refusal as StoreOpenError).code).toBe('MIGRATION_ALTERED');
    expect((refusal as StoreOpenError).message).toMatch(/bước nâng cấp khác/);
    expect((refusal as StoreOpenError).message).toContain('bước nâng cấp số 3');
    expect(folderBytes(dataDir)).toEqual(before);
  });
});
