import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, StoreOpenError, STORE_FILE_NAME } from '../../db/store';
import type { StoreProblemKind } from '../../db/storeProblems';
import { sourceLayout } from '../../electron/backend/paths';
import type { StoreHealth } from '../../electron/shared/contract/storeHealth';
import { putUnitsIndexOutOfStep } from '../support/storeDamage';
import { makeTempDir, startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

const migrationCount = readMigrationFiles({ migrationsFolder: sourceLayout.migrationsFolder }).length;
const backends: TestBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.close();
});

/** A real, seeded store in its folder, closed, with one backup file beside it as an upgrade would leave. */
async function closedStore(): Promise<{ dataDir: string; file: string; backup: string }> {
  const backend = await startTestBackend();
  backend.close();
  const backup = `${STORE_FILE_NAME}.v3-2026-11-02T08-15-00-000Z.bak`;
  fs.copyFileSync(backend.store.filePath, path.join(backend.dataDir, backup));
  return { dataDir: backend.dataDir, file: backend.store.filePath, backup };
}

/** Opens, expecting a refusal; returns it with proof the folder was left exactly as it was. */
async function refusal(dataDir: string, expected: StoreProblemKind): Promise<StoreOpenError> {
  const before = folderSnapshot(dataDir);
  const error = await openStore({ dataDir, migrationsFolder: sourceLayout.migrationsFolder }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StoreOpenError);
  expect((error as StoreOpenError).code).toBe(expected);
  expect(folderSnapshot(dataDir)).toEqual(before);
  return error as StoreOpenError;
}

function folderSnapshot(dataDir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dataDir).sort().map((name) => [name, fs.readFileSync(path.join(dataDir, name)).toString('base64')]));
}

function expectReadableReport(error: StoreOpenError, dataDir: string, backups: string[]): void {
  expect(error.message).toMatch(/^Không thể làm việc với dữ liệu\./);
  expect(error.message).toContain(`Mở thư mục dữ liệu: ${dataDir}`);
  for (const backup of backups) expect(error.message).toContain(backup);
  expect(error.message).toMatch(/tệp \.bak/);
  expect(error.message).not.toMatch(/SqliteError|\n\s+at /);
}

describe('a store that cannot be trusted is refused and left byte-identical', () => {
  it('refuses a newer rollback-journal store before switching it to WAL (header bytes 18-19 stay 1, 1)', async () => {
    const { dataDir, file } = await closedStore();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${migrationCount + 2}`);
    raw.close();
    expect([...fs.readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
    const error = await refusal(dataDir, 'STORE_TOO_NEW');
    expect([...fs.readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
    expect(error.message).toMatch(/phiên bản mới hơn/);
    expect(error.message).toMatch(/cài phiên bản mới nhất/);
  });

  it('names a file that is not a database, and keeps it', async () => {
    const dataDir = makeTempDir();
    fs.writeFileSync(path.join(dataDir, STORE_FILE_NAME), 'Biên bản kiểm tra — đây là văn bản, không phải dữ liệu. '.repeat(200));
    const error = await refusal(dataDir, 'STORE_NOT_DATABASE');
    expectReadableReport(error, dataDir, []);
    expect(error.message).toMatch(/không phải là cơ sở dữ liệu SQLite/);
    expect(error.message).toMatch(/chưa có bản sao lưu/);
  });

  it('names a truncated file: cut inside the header or short of the pages its header declares', async () => {
    const { dataDir, file, backup } = await closedStore();
    const whole = fs.readFileSync(file);
    for (const length of [50, Math.floor(whole.length / 2)]) {
      fs.writeFileSync(file, whole.subarray(0, length));
      const error = await refusal(dataDir, 'STORE_TRUNCATED');
      expectReadableReport(error, dataDir, [backup]);
      expect(error.message).toMatch(/bị cắt cụt/);
    }
  });

  it('runs quick_check on open and refuses a store with damaged pages', async () => {
    const { dataDir, file, backup } = await closedStore();
    const reader = new Database(file);
    const { rootpage } = reader.prepare("select rootpage from sqlite_master where name = 'checklist_items'").get() as { rootpage: number };
    const pageSize = reader.pragma('page_size', { simple: true }) as number;
    reader.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x55, (rootpage - 1) * pageSize + 8, rootpage * pageSize - 8);
    fs.writeFileSync(file, bytes);
    const error = await refusal(dataDir, 'STORE_DAMAGED');
    expectReadableReport(error, dataDir, [backup]);
    expect(error.message).toMatch(/Tệp dữ liệu bị hỏng/);
    expect(error.message).toMatch(/Đổi tên tệp kiem-tra-cchc-iso\.sqlite thành kiem-tra-cchc-iso\.sqlite\.hong/);
  });

  it('reports a failed migration in Vietnamese, naming the backup made before it', async () => {
    const { dataDir } = await closedStore();
    const folder = makeTempDir('migrations-');
    fs.cpSync(sourceLayout.migrationsFolder, folder, { recursive: true });
    const journalPath = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries[journal.entries.length - 1]!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_broken' });
    fs.writeFileSync(journalPath, JSON.stringify(journal));
    fs.writeFileSync(path.join(folder, '9999_broken.sql'), 'THIS IS NOT SQL;');
    const error = (await openStore({ dataDir, migrationsFolder: folder }).catch((caught: unknown) => caught)) as StoreOpenError;
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.message).toMatch(/^Không thể làm việc với dữ liệu\. Nâng cấp dữ liệu .* thất bại/);
    expect(error.message).toMatch(new RegExp(`Bản sao lưu được ghi trước khi nâng cấp: ${STORE_FILE_NAME}\\.v${migrationCount}-.*\\.bak`));
    expect(error.message).not.toMatch(/SqliteError|\n\s+at /);
  });
});

describe('the full integrity check runs in the background', () => {
  const settled = async (backend: TestBackend): Promise<StoreHealth> => {
    await expect.poll(async () => (await backend.call('app.storeHealth', {})).state, { timeout: 20_000 }).not.toBe('checking');
    return backend.call('app.storeHealth', {});
  };

  it('reports an intact store as ok, after the store was already answering', async () => {
    const backend = await startTestBackend({ backgroundIntegrityCheck: true });
    backends.push(backend);
    expect(backend.store.health().state).toBe('checking');
    expect((await backend.dispatch('units.list', {})).ok).toBe(true);
    expect(await settled(backend)).toMatchObject({ state: 'ok', report: '' });
  });

  it('finds what quick_check cannot (an index out of step with its table), reports it and refuses every write', async () => {
    const { dataDir, file, backup } = await closedStore();
    putUnitsIndexOutOfStep(file);

    const backend = await startTestBackend({ dataDir, backgroundIntegrityCheck: true, withProfile: false });
    backends.push(backend);
    expect(backend.store.health().state).toBe('checking');
    const health = await settled(backend);
    expect(health).toMatchObject({ state: 'damaged', dataDir, backups: [backup] });
    expect(health.report).toMatch(/Tệp dữ liệu bị hỏng[^]*Từ lúc phát hiện, ứng dụng không ghi thêm gì vào tệp này/);
    expect(health.report).toContain(`Mở thư mục dữ liệu: ${dataDir}`);
    expect(health.report).toContain(backup);
    expect(health.report).toMatch(/missing from index units_code_unique/);

    const before = fs.readFileSync(file);
    const write = await backend.dispatch('profiles.create', { fullName: 'Trần Văn Ghi', position: '' });
    expect(write).toMatchObject({ ok: false, error: { code: 'STORE_DAMAGED', message: health.report } });
    expect((await backend.dispatch('units.list', {})).ok).toBe(true);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
