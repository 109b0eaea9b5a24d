import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { MIGRATION_LEDGER_TABLE } from '../../db/migrationLedger';
import * as schema from '../../db/schema';
import { openStore, StoreOpenError, STORE_FILE_NAME } from '../../db/store';
import type { Store } from '../../db/store';
import { sourceLayout } from '../../electron/backend/paths';
import { builtInSeedSteps, seedDefaults } from '../../electron/backend/seed/seedDefaults';
import { migrationsBefore, migrationsFolderWith } from '../support/migrationsFolder';
import { storeOpener } from '../support/openedStores';
import { makeTempDir } from '../support/tempBackend';

const migrationCount = readMigrationFiles({ migrationsFolder: sourceLayout.migrationsFolder }).length;
const open = storeOpener();

const tableNames = (sqlite: Database.Database) =>
  (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[]).map((r) => r.name).sort();

/** The search index (migration search_index) lives outside the drizzle schema: its documents table, the FTS5 table and FTS5's own tables. */
const searchIndexTables = ['search_documents', 'search_index', 'search_index_config', 'search_index_data', 'search_index_docsize', 'search_index_idx'];

describe('opening the store', () => {
  it('creates every table of the schema from an empty folder with the committed migrations', async () => {
    const store = await open(makeTempDir());
    const expected = Object.values(schema)
      .filter((value) => is(value, SQLiteTable))
      .map((table) => getTableName(table as SQLiteTable))
      .concat(MIGRATION_LEDGER_TABLE, searchIndexTables)
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
  it('seeds the sample organisation and the legal bases once, and no units (the setup offers them); running the seed again changes nothing', async () => {
    const store = await open(makeTempDir());
    expect(seedDefaults(store)).toEqual(builtInSeedSteps.map((step) => step.name));
    const snapshot = () => ({
      units: store.sqlite.prepare('select * from units order by code').all(),
      legalBases: store.sqlite.prepare('select * from legal_bases order by sort_order').all(),
      organization: store.sqlite.prepare('select * from organization').all(),
      holidays: store.sqlite.prepare('select count(*) as n from holidays').get(),
    });
    const first = snapshot();
    expect(seedDefaults(store)).toEqual([]);
    expect(snapshot()).toEqual(first);
    expect((first.organization[0] as { body_name: string }).body_name).toBe('ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH');
    expect((first.organization[0] as { setup_completed_at: string | null }).setup_completed_at).toBeNull();
    expect(first.units).toEqual([]);
    const texts = (first.legalBases as { text: string }[]).map((basis) => basis.text);
    expect(texts).toContain('Kế hoạch cải cách hành chính năm {năm} của {cơ quan}');
    expect(texts.join('\n')).not.toContain('Bắc Hồng Lĩnh');
  });

  it('never overwrites what the user changed', async () => {
    const store = await open(makeTempDir());
    seedDefaults(store);
    store.sqlite.prepare("update organization set place_name = 'Hòa Bình'").run();
    store.sqlite.prepare("update legal_bases set text = 'Căn cứ đã sửa' where sort_order = 10").run();
    store.sqlite.prepare('delete from legal_bases where sort_order = 20').run();
    seedDefaults(store);
    expect(store.sqlite.prepare('select place_name from organization').get()).toEqual({ place_name: 'Hòa Bình' });
    expect(store.sqlite.prepare('select text from legal_bases where sort_order = 10').get()).toEqual({ text: 'Căn cứ đã sửa' });
    expect(store.sqlite.prepare('select count(*) as n from legal_bases where sort_order = 20').get()).toEqual({ n: 0 });
  });
});

describe('moving to legal bases, unit categories and the first-run setup ', () => {
  const beforeLegalBases = migrationsBefore('_legal_bases_unit_category_setup');
  const now = '2026-01-05T01:00:00.000Z';

  /** A store as the previous version left it: the sample organisation, units of the old fixed types, and the given settings. */
  async function oldStore(settingRows: Record<string, unknown>): Promise<string> {
    const dataDir = makeTempDir();
    const old = await open(dataDir, migrationsFolderWith(beforeLegalBases));
    old.sqlite
      .prepare(
        "insert into organization (id, superior_body_name, body_name, body_short_code, place_name, updated_at) values ('default', 'UBND TỈNH HÀ TĨNH', 'ỦY BAN NHÂN DÂN PHƯỜNG BẮC HỒNG LĨNH', 'UBND', 'Bắc Hồng Lĩnh', ?)",
      )
      .run(now);
    const unit = old.sqlite.prepare(
      'insert into units (id, code, name, type, in_cchc_scope, sort_order, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const rows: [string, string, number][] = [
      ['VP', 'VAN_PHONG', 1],
      ['KTHTDT', 'PHONG_KT_HT_DT', 0],
      ['PVHCC', 'TT_PVHCC', 1],
      ['DVTH', 'TT_DICH_VU_TONG_HOP', 1],
      ['TYT', 'TRAM_Y_TE', 0],
      ['THCS', 'TRUONG_HOC', 0],
      ['HOI', 'KHAC', 1],
    ];
    rows.forEach(([code, type, inScope], index) => unit.run(`00000000-0000-4000-8000-00000000000${index}`, code, `Đơn vị ${code}`, type, inScope, index, now, now));
    for (const [key, value] of Object.entries(settingRows)) {
      old.sqlite.prepare('insert into settings (key, value, updated_at) values (?, ?, ?)').run(key, JSON.stringify(value), now);
    }
    old.close();
    return dataDir;
  }

  const legalBasesOf = (store: Store) =>
    store.sqlite
      .prepare('select text, for_cchc_minutes as cchc, for_iso_minutes as iso, for_plan as plan, for_report as report, retired from legal_bases order by sort_order')
      .all();

  it('maps every old unit type to its legal category, keeps each scope flag, and counts the store as set up', async () => {
    const store = await open(await oldStore({}));
    expect(store.sqlite.prepare('select code, category, in_cchc_scope as inScope from units order by sort_order').all()).toEqual([
      { code: 'VP', category: 'co_quan_chuyen_mon', inScope: 1 },
      { code: 'KTHTDT', category: 'co_quan_chuyen_mon', inScope: 0 },
      { code: 'PVHCC', category: 'to_chuc_hanh_chinh', inScope: 1 },
      { code: 'DVTH', category: 'don_vi_su_nghiep', inScope: 1 },
      { code: 'TYT', category: 'don_vi_su_nghiep', inScope: 0 },
      { code: 'THCS', category: 'don_vi_su_nghiep', inScope: 0 },
      { code: 'HOI', category: 'khac', inScope: 1 },
    ]);
    expect(store.sqlite.prepare('select setup_completed_at as at from organization').get()).toEqual({ at: expect.any(String) });
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('carries the custom legal references over in order, with the documents their keys and the plan setting chose', async () => {
    const store = await open(
      await oldStore({
        legalReferences: [
          { key: 'cchc-decision', text: 'Quyết định số 12/QĐ-UBND ngày 02/01/2026 của UBND tỉnh về chỉ số CCHC' },
          { key: 'iso-decision', text: 'Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ' },
          { key: 'cchc-plan', text: 'Kế hoạch cải cách hành chính phường Bắc Hồng Lĩnh năm 2026' },
          { key: 'ward-rule', text: 'Quy chế làm việc của UBND phường' },
        ],
        programmeDocument: { basisReferenceKeys: ['ward-rule', 'cchc-plan'], purposes: ['Giữ nguyên'] },
      }),
    );
    expect(legalBasesOf(store)).toEqual([
      { text: 'Quyết định số 12/QĐ-UBND ngày 02/01/2026 của UBND tỉnh về chỉ số CCHC', cchc: 1, iso: 0, plan: 0, report: 0, retired: 0 },
      { text: 'Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ', cchc: 0, iso: 1, plan: 0, report: 0, retired: 0 },
      { text: 'Kế hoạch cải cách hành chính năm {năm} của {cơ quan}', cchc: 1, iso: 0, plan: 1, report: 0, retired: 0 },
      { text: 'Quy chế làm việc của UBND phường', cchc: 0, iso: 0, plan: 1, report: 0, retired: 0 },
    ]);
    const settingsLeft = store.sqlite.prepare('select key, value from settings order by key').all() as { key: string; value: string }[];
    expect(settingsLeft.map((row) => row.key)).toEqual(['programmeDocument']);
    expect(JSON.parse(settingsLeft[0]!.value)).toEqual({ purposes: ['Giữ nguyên'] });
    expect(seedDefaults(store)).not.toContain('legal-bases');
    expect(legalBasesOf(store)).toHaveLength(4);
  });

  it('gives a store that never saved its legal references the defaults it printed, without the sample ward', async () => {
    const store = await open(await oldStore({}));
    const bases = legalBasesOf(store) as { text: string; cchc: number; iso: number; plan: number }[];
    expect(bases.map((basis) => basis.text)).toEqual([
      'Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ',
      'Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ',
      'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
      'Kế hoạch cải cách hành chính năm {năm} của {cơ quan}',
    ]);
    expect(bases.map(({ cchc, iso, plan }) => [cchc, iso, plan])).toEqual([
      [0, 1, 1],
      [0, 1, 1],
      [0, 0, 0],
      [1, 0, 1],
    ]);
  });

  it('leaves a new, empty store not set up', async () => {
    const store = await open(makeTempDir());
    seedDefaults(store);
    expect(store.sqlite.prepare('select setup_completed_at as at from organization').get()).toEqual({ at: null });
  });
});
