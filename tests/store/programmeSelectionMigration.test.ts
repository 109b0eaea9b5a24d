import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../db/store';
import type { Store } from '../../db/store';
import { sourceLayout } from '../../electron/backend/paths';
import { migrationsBefore, migrationsFolderWith } from '../support/migrationsFolder';
import { makeTempDir } from '../support/tempBackend';

const migrationCount = readMigrationFiles({ migrationsFolder: sourceLayout.migrationsFolder }).length;
const before = migrationsBefore('_planned_inspection_selection');
const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const note = (kind: string, unitId: string, reason: string, lastYear: number | null) => ({ kind, unitId, reason, lastYear, openMajorNonconformities: 0, overdueCorrectiveActions: 0 });

describe('moving the selection notes onto the planned inspections', () => {
  it('copies each note the programme kept onto its entry, leaves entries without a note empty, and drops the programme copy', async () => {
    const dataDir = makeTempDir();
    // The store as it was before entries kept their own note.
    expect(before).toBeGreaterThan(0);
    const old = await openStore({ dataDir, migrationsFolder: migrationsFolderWith(before) });
    opened.push(old);
    const run = (sql: string, ...params: unknown[]) => old.sqlite.prepare(sql).run(...params);
    run("insert into units (id, code, name, type, created_at, updated_at) values ('u1', 'VP', 'Văn phòng', 'VAN_PHONG', '2025-01-01', '2025-01-01')");
    run("insert into units (id, code, name, type, created_at, updated_at) values ('u2', 'KT', 'Phòng Kinh tế', 'PHONG_KINH_TE', '2025-01-01', '2025-01-01')");
    const parameters = { generatedAt: '2025-12-01T00:00:00.000Z', settings: { isoSharePercent: 25 }, selection: [note('ISO', 'u1', 'rotationDue', 2021), note('CCHC', 'u1', 'inScope', 2025)] };
    run("insert into programmes (id, year, title, parameters, created_at, updated_at) values ('p1', 2026, 'Kế hoạch', ?, '2025-12-01', '2025-12-01')", JSON.stringify(parameters));
    for (const [id, kind, unitId] of [['e1', 'ISO', 'u1'], ['e2', 'CCHC', 'u1'], ['e3', 'ISO', 'u2']]) {
      run("insert into planned_inspections (id, programme_id, kind, unit_id, date, created_at, updated_at) values (?, 'p1', ?, ?, '2026-05-05', '2025-12-01', '2025-12-01')", id, kind, unitId);
    }
    old.close();
    opened.pop();

    const after = await openStore({ dataDir, migrationsFolder: sourceLayout.migrationsFolder });
    opened.push(after);
    expect(after.sqlite.pragma('user_version', { simple: true })).toBe(migrationCount);
    const rows = after.sqlite.prepare('select id, selection from planned_inspections order by id').all() as { id: string; selection: string | null }[];
    expect(rows.map((row) => [row.id, row.selection === null ? null : JSON.parse(row.selection)])).toEqual([
      ['e1', note('ISO', 'u1', 'rotationDue', 2021)],
      ['e2', note('CCHC', 'u1', 'inScope', 2025)],
      ['e3', null],
    ]);
    const kept = after.sqlite.prepare("select parameters from programmes where id = 'p1'").get() as { parameters: string };
    expect(JSON.parse(kept.parameters)).toEqual({ generatedAt: '2025-12-01T00:00:00.000Z', settings: { isoSharePercent: 25 } });
  });
});
