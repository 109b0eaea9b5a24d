import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import * as schema from '../../db/schema';
import { openStore, StoreOpenError, STORE_FILE_NAME } from '../../db/store';
import type { Store } from '../../db/store';
import { sourceLayout } from '../../electron/backend/paths';
import { builtInSeedSteps, seedDefaults } from '../../electron/backend/seed/seedDefaults';
import { migrationsFolderWith } from '../support/migrationsFolder';
import { makeTempDir } from '../support/tempBackend';

const migrationCount = readMigrationFiles({ migrationsFolder: sourceLayout.migrationsFolder }).length;
const opened: Store[] = [];
const open = async (dataDir: string, migrationsFolder = sourceLayout.migrationsFolder) => {
  const store = await openStore({ dataDir, migrationsFolder });
  opened.push(store);
  return store;
};
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const tableNames = (sqlite: Database.Database) =>
  (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[]).map((r) => r.name).sort();

describe('opening the store', () => {
  it('creates every table of the schema from an empty folder with the committed migrations', async () => {
    const store = await open(makeTempDir());
    const expected = Object.values(schema)
      .filter((value) => is(value, SQLiteTable))
      .map((table) => getTableName(table as SQLiteTable))
      .sort();
    expect(tableNames(store.sqlite)).toEqual(expected);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(migrationCount);
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('puts WAL, synchronous=FULL, foreign keys and a busy timeout in force', async () => {
    const store = await open(makeTempDir());
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('refuses a store written by a newer version of the app, and leaves it untouched', async () => {
    const dataDir = makeTempDir();
    (await open(dataDir)).close();
    const file = path.join(dataDir, STORE_FILE_NAME);
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrationCount + 3}`);
    raw.close();
    const before = fs.readFileSync(file);

    const refusal = await openStore({ dataDir, migrationsFolder: sourceLayout.migrationsFolder }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StoreOpenError);
    expect((refusal as StoreOpenError).code).toBe('STORE_TOO_NEW');
    expect((refusal as StoreOpenError).message).toMatch(/phiên bản mới hơn/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('backs up the store before applying pending migrations, then applies them', async () => {
    const dataDir = makeTempDir();
    (await open(dataDir, migrationsFolderWith(1))).close();
    const upgraded = await open(dataDir);
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(migrationCount);
    const backups = fs.readdirSync(dataDir).filter((name) => name.startsWith(`${STORE_FILE_NAME}.v1-`) && name.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(dataDir, backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  it('rolls back a failing migration as a whole and keeps the store at its version', async () => {
    const dataDir = makeTempDir();
    (await open(dataDir)).close();
    const failing = migrationsFolderWith(migrationCount, {
      tag: '9999_broken',
      sql: 'CREATE TABLE `half_done` (`id` text);\n--> statement-breakpoint\nTHIS IS NOT SQL;',
    });
    await expect(openStore({ dataDir, migrationsFolder: failing })).rejects.toThrow();
    const store = await open(dataDir);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(migrationCount);
    expect(tableNames(store.sqlite)).not.toContain('half_done');
  });

  it('keeps foreign keys off during a table rebuild and refuses a migration that leaves dangling references', async () => {
    const dataDir = makeTempDir();
    (await open(dataDir)).close();
    const rebuild = migrationsFolderWith(migrationCount, {
      tag: '9999_rebuild_people',
      sql: [
        'PRAGMA foreign_keys=OFF;',
        "INSERT INTO `people` (`id`, `full_name`, `unit_id`, `created_at`, `updated_at`) VALUES ('p1', 'Người thử', 'no-such-unit', 'x', 'x');",
        'PRAGMA foreign_keys=ON;',
      ].join('\n--> statement-breakpoint\n'),
    });
    const refusal = await openStore({ dataDir, migrationsFolder: rebuild }).catch((error: unknown) => error);
    expect((refusal as StoreOpenError).code).toBe('MIGRATION_FAILED');
    const store = await open(dataDir);
    expect(store.sqlite.prepare("select count(*) as n from people where id = 'p1'").get()).toEqual({ n: 0 });
  });
});

describe('built-in data', () => {
  it('seeds the organisation and the ward units once; running the seed again changes nothing', async () => {
    const store = await open(makeTempDir());
    expect(seedDefaults(store)).toEqual(builtInSeedSteps.map((step) => step.name));
    const snapshot = () => ({
      units: store.sqlite.prepare('select * from units order by code').all(),
      organization: store.sqlite.prepare('select * from organization').all(),
      holidays: store.sqlite.prepare('select count(*) as n from holidays').get(),
    });
    const first = snapshot();
    expect(seedDefaults(store)).toEqual([]);
    expect(snapshot()).toEqual(first);
    expect((first.organization[0] as { body_name: string }).body_name).toBe('ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH');
    expect((first.units as { name: string }[]).map((u) => u.name)).toContain('Trung tâm Phục vụ hành chính công');
  });

  it('never overwrites what the user changed', async () => {
    const store = await open(makeTempDir());
    seedDefaults(store);
    store.sqlite.prepare("update units set name = 'Văn phòng (đã đổi tên)' where code = 'VP'").run();
    store.sqlite.prepare("delete from units where code = 'DVTH'").run();
    seedDefaults(store);
    expect(store.sqlite.prepare("select name from units where code = 'VP'").get()).toEqual({ name: 'Văn phòng (đã đổi tên)' });
    expect(store.sqlite.prepare("select count(*) as n from units where code = 'DVTH'").get()).toEqual({ n: 0 });
  });
});
