import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/store';
import { migrationsBefore, migrationsFolderWith } from '../support/migrationsFolder';
import { storeOpener } from '../support/openedStores';
import { makeTempDir, startTestBackend } from '../support/tempBackend';

/*
 * One test per migration, as Signal tests its own: a store at the migration before, rows written the way
 * that version wrote them, this one migration applied, and what it must have done (and kept).
 */

const open = storeOpener();

/** Brings a store filled by `fill` at the version before the migration whose tag ends with `tagEnd` across that one migration (or `count` of them). */
async function migrateAcross(tagEnd: string, fill: (sqlite: Database.Database) => void, count = 1, dataDir = makeTempDir()): Promise<Database.Database> {
  const before = migrationsBefore(tagEnd);
  const old = await openStore({ dataDir, migrationsFolder: migrationsFolderWith(before) });
  try {
    old.sqlite.transaction(() => fill(old.sqlite))();
  } finally {
    old.close();
  }
  const store = await open(dataDir, migrationsFolderWith(before + count));
  expect(store.sqlite.pragma('user_version', { simple: true })).toBe(before + count);
  expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
  return store.sqlite;
}

const at = '2025-03-04T02:00:00.000Z';
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

/** An audit of unit u1 against the published version 1, as stores after 0008 (units without a type) hold it. */
function insertAudit(sqlite: Database.Database, status = 'in_progress'): void {
  insertChecklist(sqlite);
  sqlite.prepare("insert into units (id, code, name, created_at, updated_at) values ('u1', 'VP', 'Văn phòng', ?, ?)").run(at, at);
  sqlite
    .prepare("insert into audits (id, kind, unit_id, template_version_id, title, start_date, end_date, status, created_at, updated_at) values ('a1', 'CCHC', 'u1', 'v1', 'Kiểm tra CCHC', '2025-03-03', '2025-03-04', ?, ?, ?)")
    .run(status, at, at);
}

/** A template with a published version 1 and a draft version 2, each with one section and one item. */
function insertChecklist(sqlite: Database.Database): void {
  const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);
  run("insert into checklist_templates (id, code, name, purpose, created_at, updated_at) values ('t1', 'CCHC', 'Danh mục CCHC', 'cchc', ?, ?)", at, at);
  for (const [version, status] of [['1', 'published'], ['2', 'draft']] as const) {
    run('insert into checklist_versions (id, template_id, version, status, year, published_at, created_at) values (?, ?, ?, ?, 2025, ?, ?)', `v${version}`, 't1', Number(version), status, status === 'draft' ? null : at, at);
    run("insert into checklist_sections (id, version_id, code, title, sort_order) values (?, ?, 'I', 'Công tác chỉ đạo', 1)", `s${version}`, `v${version}`);
    run("insert into checklist_items (id, version_id, section_id, code, question, answer_type, sort_order) values (?, ?, ?, '1.1', 'Có kế hoạch CCHC năm không?', 'yes_no', 1)", `i${version}`, `v${version}`, `s${version}`);
  }
}

describe('0001 change log append-only', () => {
  it('keeps the entries written before, refuses changing or erasing them, and still takes new ones', async () => {
    const sqlite = await migrateAcross('_change_log_append_only', (old) => {
      old.prepare("insert into change_log (id, created_at, actor_name, method, entity, entity_id, action, changes) values ('c1', ?, 'Nguyễn Văn An', 'units.create', 'unit', 'u1', 'create', '{\"name\":\"Văn phòng\"}')").run(at);
    });
    expect(sqlite.prepare('select id, actor_name as actor, changes from change_log').all()).toEqual([{ id: 'c1', actor: 'Nguyễn Văn An', changes: '{"name":"Văn phòng"}' }]);
    expect(refusal(() => sqlite.prepare("update change_log set actor_name = 'Người khác' where id = 'c1'").run())).toBe('Nhật ký thay đổi chỉ được ghi thêm, không được sửa.');
    expect(refusal(() => sqlite.prepare("delete from change_log where id = 'c1'").run())).toBe('Nhật ký thay đổi chỉ được ghi thêm, không được xóa.');
    sqlite.prepare("insert into change_log (id, created_at, actor_name, method, entity, entity_id, action) values ('c2', ?, 'Nguyễn Văn An', 'units.delete', 'unit', 'u1', 'delete')").run(at);
    expect(sqlite.prepare('select id, actor_name as actor from change_log order by id').all()).toEqual([
      { id: 'c1', actor: 'Nguyễn Văn An' },
      { id: 'c2', actor: 'Nguyễn Văn An' },
    ]);
  });
});

/** An open finding of audit a1 with one corrective action and its first event, as stores before 0006 (units with a type) hold them. */
function insertActionWithEvent(sqlite: Database.Database): void {
  const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);
  insertChecklist(sqlite);
  run("insert into units (id, code, name, type, created_at, updated_at) values ('u1', 'VP', 'Văn phòng', 'VAN_PHONG', ?, ?)", at, at);
  run("insert into audits (id, kind, unit_id, template_version_id, title, start_date, end_date, status, created_at, updated_at) values ('a1', 'CCHC', 'u1', 'v1', 'Kiểm tra CCHC', '2025-03-03', '2025-03-04', 'closed', ?, ?)", at, at);
  run("insert into findings (id, audit_id, number, finding_class, item_id, description, created_at, updated_at) values ('f1', 'a1', 1, 'major', 'i1', 'Chưa có kế hoạch', ?, ?)", at, at);
  run("insert into corrective_actions (id, finding_id, owner_unit_id, due_date, created_at, updated_at) values ('ca1', 'f1', 'u1', '2025-03-19', ?, ?)", at, at);
  run("insert into corrective_action_events (id, action_id, from_status, to_status, actor_name, comment, created_at) values ('e1', 'ca1', null, 'moi', 'Nguyễn Văn An', 'Lập hành động', ?)", at);
}

describe('0002 action event details', () => {
  it('keeps the events recorded before, without details, and takes the details of a new one', async () => {
    const sqlite = await migrateAcross('_action_event_details', insertActionWithEvent);
    expect(sqlite.prepare('select id, action_id as actionId, from_status as fromStatus, to_status as toStatus, actor_name as actor, comment, created_at as createdAt, details from corrective_action_events').all()).toEqual([
      { id: 'e1', actionId: 'ca1', fromStatus: null, toStatus: 'moi', actor: 'Nguyễn Văn An', comment: 'Lập hành động', createdAt: at, details: null },
    ]);
    sqlite
      .prepare("insert into corrective_action_events (id, action_id, from_status, to_status, actor_name, created_at, details) values ('e2', 'ca1', 'moi', 'dang_thuc_hien', 'Nguyễn Văn An', ?, ?)")
      .run(at, JSON.stringify({ dueDate: '2025-04-01' }));
    const added = sqlite.prepare("select details from corrective_action_events where id = 'e2'").get() as { details: string };
    expect(JSON.parse(added.details)).toEqual({ dueDate: '2025-04-01' });
  });
});

describe('0004 planned inspection selection', () => {
  it('keeps the planned inspections and their team, with no note yet (0005 copies the notes), and takes a note on a new one', async () => {
    const sqlite = await migrateAcross('_planned_inspection_selection', (old) => {
      const run = (sql: string, ...params: unknown[]) => old.prepare(sql).run(...params);
      run("insert into units (id, code, name, type, created_at, updated_at) values ('u1', 'VP', 'Văn phòng', 'VAN_PHONG', ?, ?)", at, at);
      run("insert into people (id, full_name, created_at, updated_at) values ('p1', 'Trần Thị Bình', ?, ?)", at, at);
      run("insert into programmes (id, year, title, created_at, updated_at) values ('pg1', 2025, 'Kế hoạch kiểm tra năm 2025', ?, ?)", at, at);
      run("insert into planned_inspections (id, programme_id, kind, unit_id, date, created_at, updated_at) values ('pi1', 'pg1', 'CCHC', 'u1', '2025-05-06', ?, ?)", at, at);
      run("insert into planned_team_members (id, planned_inspection_id, person_id, role) values ('tm1', 'pi1', 'p1', 'truong_doan')");
    });
    expect(sqlite.prepare('select id, programme_id as programmeId, kind, unit_id as unitId, date, selection from planned_inspections').all()).toEqual([
      { id: 'pi1', programmeId: 'pg1', kind: 'CCHC', unitId: 'u1', date: '2025-05-06', selection: null },
    ]);
    expect(sqlite.prepare('select id, planned_inspection_id as entryId, person_id as personId, role from planned_team_members').all()).toEqual([
      { id: 'tm1', entryId: 'pi1', personId: 'p1', role: 'truong_doan' },
    ]);
    const note = { kind: 'CCHC', unitId: 'u1', reason: 'inScope', lastYear: null, openMajorNonconformities: 0, overdueCorrectiveActions: 0 };
    sqlite
      .prepare("insert into planned_inspections (id, programme_id, kind, unit_id, date, selection, created_at, updated_at) values ('pi2', 'pg1', 'CCHC', 'u1', '2025-06-02', ?, ?, ?)")
      .run(JSON.stringify(note), at, at);
    const added = sqlite.prepare("select selection from planned_inspections where id = 'pi2'").get() as { selection: string };
    expect(JSON.parse(added.selection)).toEqual(note);
  });
});

describe('0003 checklist versions frozen', () => {
  it('freezes the content of versions published before, and leaves drafts editable', async () => {
    const sqlite = await migrateAcross('_checklist_versions_frozen', insertChecklist);
    const run = (sql: string) => refusal(() => sqlite.prepare(sql).run());
    const frozen = 'Phiên bản danh mục đã công bố không được sửa.';
    expect(run("update checklist_items set question = 'Đã sửa' where id = 'i1'")).toBe(frozen);
    expect(run("delete from checklist_items where id = 'i1'")).toBe(frozen);
    expect(run("update checklist_sections set title = 'Đã sửa' where id = 's1'")).toBe(frozen);
    expect(run("delete from checklist_sections where id = 's1'")).toBe(frozen);
    expect(run("update checklist_versions set year = 2026 where id = 'v1'")).toBe('Phiên bản danh mục đã công bố chỉ có thể chuyển thành phiên bản cũ.');
    expect(run("delete from checklist_versions where id = 'v1'")).toBe('Phiên bản danh mục đã công bố không được xóa.');
    expect(sqlite.prepare("select question from checklist_items where id = 'i1'").get()).toEqual({ question: 'Có kế hoạch CCHC năm không?' });

    expect(run("update checklist_items set question = 'Đã sửa' where id = 'i2'")).toBe('accepted');
    expect(run("update checklist_sections set title = 'Đã sửa' where id = 's2'")).toBe('accepted');
    expect(run("update checklist_versions set status = 'superseded' where id = 'v1'")).toBe('accepted');
    expect(run("update checklist_versions set status = 'published' where id = 'v1'")).toBe('Phiên bản danh mục đã công bố chỉ có thể chuyển thành phiên bản cũ.');
    expect(run("delete from checklist_items where id = 'i2'")).toBe('accepted');
  });
});

describe('0008 drop unit type', () => {
  it('drops the old type column and keeps every unit with its category and flags', async () => {
    const sqlite = await migrateAcross('_drop_unit_type', (old) => {
      old.prepare("insert into units (id, code, name, type, category, in_cchc_scope, iso_applying, created_at, updated_at) values ('u1', 'VP', 'Văn phòng', 'VAN_PHONG', 'co_quan_chuyen_mon', 0, 1, ?, ?)").run(at, at);
    });
    const columns = (sqlite.pragma('table_info(units)') as { name: string }[]).map((column) => column.name);
    expect(columns).not.toContain('type');
    expect(sqlite.prepare('select id, code, name, category, in_cchc_scope as cchc, iso_applying as iso from units').all()).toEqual([
      { id: 'u1', code: 'VP', name: 'Văn phòng', category: 'co_quan_chuyen_mon', cchc: 0, iso: 1 },
    ]);
  });
});

describe('0009 minutes dated as inspected', () => {
  it('leaves audits without an end time and minutes issued before without a document date (they bear their issue day)', async () => {
    const sqlite = await migrateAcross('_minutes_dated_as_inspected', (old) => {
      insertAudit(old, 'closed');
      old.prepare("insert into issued_minutes (id, audit_id, year, number, document_code, content_sha256, pdf_sha256, created_at, issued_by) values ('m1', 'a1', 2025, 1, '01/BB-UBND', 'c', 'p', ?, 'Nguyễn Văn An')").run(at);
    });
    expect(sqlite.prepare('select id, title, ended_time as endedTime from audits').all()).toEqual([{ id: 'a1', title: 'Kiểm tra CCHC', endedTime: null }]);
    expect(sqlite.prepare('select id, document_code as code, created_at as issuedAt, document_date as documentDate from issued_minutes').all()).toEqual([
      { id: 'm1', code: '01/BB-UBND', issuedAt: at, documentDate: null },
    ]);
  });
});

describe('0010 store indexes', () => {
  it('keeps the rows, finds findings of an item through the new index, and drops the change log time index', async () => {
    const sqlite = await migrateAcross('_store_indexes', (old) => {
      insertAudit(old);
      old.prepare("insert into change_log (id, created_at, actor_name, method, entity, entity_id, action) values ('c1', ?, 'Nguyễn Văn An', 'audits.start', 'audit', 'a1', 'create')").run(at);
      old.prepare("insert into findings (id, audit_id, number, finding_class, item_id, description, created_at, updated_at) values ('f1', 'a1', 1, 'major', 'i1', 'Chưa có kế hoạch', ?, ?)").run(at, at);
    });
    expect(sqlite.prepare("select id, item_id as itemId from findings").all()).toEqual([{ id: 'f1', itemId: 'i1' }]);
    const plan = sqlite.prepare("explain query plan select id from findings where item_id = 'i1'").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('findings_item_idx');
    expect(sqlite.prepare("select id from change_log").all()).toEqual([{ id: 'c1' }]);
    expect(sqlite.prepare("select name from sqlite_master where name = 'change_log_at_idx'").all()).toEqual([]);
  });
});

describe('0011 store and machine identity', () => {
  it('keeps the change log, with no laptop named for entries written before, and adds the one-row store identity', async () => {
    const sqlite = await migrateAcross('_store_and_machine_identity', (old) => {
      old.prepare("insert into change_log (id, created_at, actor_name, method, entity, entity_id, action) values ('c1', ?, 'Nguyễn Văn An', 'units.create', 'unit', 'u1', 'create')").run(at);
    });
    expect(sqlite.prepare('select id, machine_id as machineId from change_log').all()).toEqual([{ id: 'c1', machineId: null }]);
    // The append-only triggers still hold for the new column.
    expect(refusal(() => sqlite.prepare("update change_log set machine_id = 'm' where id = 'c1'").run())).not.toBe('accepted');
    sqlite.prepare("insert into store_identity (id, store_id, name, created_at, updated_at) values ('default', 's', 'Kho', ?, ?)").run(at, at);
    expect(refusal(() => sqlite.prepare("insert into store_identity (id, store_id, name, created_at, updated_at) values ('second', 's2', 'Kho 2', ?, ?)").run(at, at))).toMatch(/CHECK constraint failed/);
  });
});

describe('0012 search index', () => {
  /** What the index finds for a phrase, as entity:id pairs. */
  const found = (sqlite: Database.Database, phrase: string) =>
    (sqlite.prepare("select d.entity || ':' || d.ref as hit from search_index cross join search_documents d on d.id = search_index.rowid where search_index match ? order by hit").all(`"${phrase}"`) as { hit: string }[]).map((row) => row.hit);

  it('indexes the records written before, without tone marks and with đ as d, and keeps the index on later writes', async () => {
    const sqlite = await migrateAcross('_search_index', (old) => {
      insertAudit(old);
      old.prepare("insert into people (id, full_name, unit_id, created_at, updated_at) values ('p1', 'Đặng Thị Hường', 'u1', ?, ?)").run(at, at);
      old.prepare("insert into findings (id, audit_id, number, finding_class, description, created_at, updated_at) values ('f1', 'a1', 1, 'major', 'Sổ theo dõi chưa đầy đủ', ?, ?)").run(at, at);
      old
        .prepare("insert into corrective_actions (id, finding_id, owner_unit_id, owner_person_id, correction, root_cause, action_plan, due_date, created_at, updated_at) values ('ca1', 'f1', 'u1', 'p1', 'Bổ sung sổ', 'Chưa phân công', 'Đôn đốc hằng tuần', '2025-04-01', ?, ?)")
        .run(at, at);
    });
    expect(found(sqlite, 'dang thi huong')).toEqual(['person:p1']);
    expect(found(sqlite, 'van phong')).toEqual(['unit:u1']);
    expect(found(sqlite, 'kiem tra cchc')).toEqual(['audit:a1']);
    expect(found(sqlite, 'day du')).toEqual(['finding:f1']);
    expect(found(sqlite, 'don doc hang tuan')).toEqual(['action:ca1']);
    expect(found(sqlite, 'chua')).toEqual(['action:ca1', 'finding:f1']);
    expect(found(sqlite, 'ke hoach cchc')).toEqual(['checklist_item:i1', 'checklist_item:i2']);
    sqlite.prepare("update units set name = 'Phòng Văn hóa' where id = 'u1'").run();
    sqlite.prepare("delete from corrective_actions where id = 'ca1'").run();
    expect(found(sqlite, 'van phong')).toEqual([]);
    expect(found(sqlite, 'van hoa')).toEqual(['unit:u1']);
    expect(found(sqlite, 'chua')).toEqual(['finding:f1']);
    expect(() => sqlite.prepare("insert into search_index (search_index) values ('integrity-check')").run()).not.toThrow();
  });
});

describe('0013 board covering index', () => {
  it('keeps the actions and counts the board by status from the index alone', async () => {
    const sqlite = await migrateAcross('_board_covering_index', (old) => {
      insertAudit(old);
      old.prepare("insert into findings (id, audit_id, number, finding_class, description, created_at, updated_at) values ('f1', 'a1', 1, 'major', 'Chưa có kế hoạch', ?, ?)").run(at, at);
      old.prepare("insert into corrective_actions (id, finding_id, owner_unit_id, due_date, status, created_at, updated_at) values ('ca1', 'f1', 'u1', '2025-04-01', 'moi', ?, ?)").run(at, at);
    });
    expect(sqlite.prepare('select id, status, due_date as dueDate from corrective_actions').all()).toEqual([{ id: 'ca1', status: 'moi', dueDate: '2025-04-01' }]);
    const plan = sqlite.prepare("explain query plan select status, count(*), min(created_at), sum(due_date < '2025-05-01') from corrective_actions where status in ('moi', 'cho_xac_minh') group by status").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('USING COVERING INDEX corrective_actions_status_due_idx');
  });
});

describe('0014–0016 compact change log', () => {
  const previousEntries = [
    { id: 'c1', at: '2025-03-04T02:00:00.000Z', profileId: null, actor: 'Nguyễn Văn An', machineId: null, method: 'units.create', entity: 'unit', entityId: 'u1', action: 'create', changes: { name: [null, 'Văn phòng'] } },
    { id: 'c2', at: '2025-03-04T02:00:00.123Z', profileId: 'pf1', actor: 'Trần Thị Bình', machineId: 'm1', method: 'audits.saveResponse', entity: 'item_response', entityId: 'r1', action: 'create', changes: { note: ['', 'Đã xem hồ sơ'] } },
    { id: 'c3', at: '2025-03-05T09:30:59.999Z', profileId: 'pf1', actor: 'Trần Thị Bình', machineId: 'm1', method: 'audits.saveResponse', entity: 'item_response', entityId: 'r1', action: 'update', changes: { note: ['Đã xem hồ sơ', 'Đã xem hồ sơ, bổ sung'] } },
    { id: 'c4', at: '2025-03-06T00:00:00.000Z', profileId: 'pf1', actor: 'Trần Thị Bình', machineId: 'm2', method: 'units.delete', entity: 'unit', entityId: 'u1', action: 'delete', changes: null },
  ] as const;

  it('keeps every entry, in order, readable through changeLog.list, with who and what kind in the lookup tables', async () => {
    const dataDir = makeTempDir();
    const sqlite = await migrateAcross(
      '_change_log_set_aside',
      (old) => {
        const insert = old.prepare('insert into change_log (id, created_at, actor_profile_id, actor_name, machine_id, method, entity, entity_id, action, changes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
        for (const e of previousEntries) insert.run(e.id, e.at, e.profileId, e.actor, e.machineId, e.method, e.entity, e.entityId, e.action, e.changes && JSON.stringify(e.changes));
      },
      3,
      dataDir,
    );
    expect(sqlite.prepare('select count(*) as n from change_log_actors').get()).toEqual({ n: 3 });
    expect(sqlite.prepare('select count(*) as n from change_log_kinds').get()).toEqual({ n: 4 });
    expect(refusal(() => sqlite.prepare("update change_log set entity_id = 'u2'").run())).toBe('Nhật ký thay đổi chỉ được ghi thêm, không được sửa.');
    expect(refusal(() => sqlite.prepare('delete from change_log_actors').run())).toBe('Nhật ký thay đổi chỉ được ghi thêm, không được xóa.');
    sqlite.close();

    const backend = await startTestBackend({ dataDir, withProfile: false, setUp: false });
    try {
      const expected = previousEntries.map((e) => ({ id: e.id, at: e.at, actorName: e.actor, machineId: e.machineId, method: e.method, entity: e.entity, entityId: e.entityId, action: e.action, changes: e.changes }));
      expect(await backend.call('changeLog.list', { limit: 1000 })).toEqual(expected.toReversed());
      expect(await backend.call('changeLog.list', { entity: 'unit', entityId: 'u1' })).toEqual([expected[3], expected[0]]);
      await backend.call('profiles.create', { fullName: 'Trần Thị Bình', position: 'Thư ký ISO' });
      const [newest] = await backend.call('changeLog.list', { limit: 1 });
      expect(newest).toMatchObject({ actorName: 'Trần Thị Bình', method: 'profiles.create', action: 'create' });
      expect(Date.parse(newest!.at)).toBeGreaterThan(Date.parse(previousEntries[3].at));
    } finally {
      backend.close();
    }
  });
});

describe('0019 packages between laptops', () => {
  it('keeps the audits, none of them away, and a hand-out goes with its audit', async () => {
    const sqlite = await migrateAcross('_packages_between_laptops', (old) => insertAudit(old));
    expect(sqlite.prepare('select id, status from audits').all()).toEqual([{ id: 'a1', status: 'in_progress' }]);
    expect(sqlite.prepare('select count(*) as n from audit_handovers').get()).toEqual({ n: 0 });
    sqlite.prepare("insert into audit_handovers (audit_id, direction, machine_name, ward_store_id, package_id, handed_at) values ('a1', 'out', 'Máy tổ 2', 's1', 'p1', ?)").run(at);
    expect(refusal(() => sqlite.prepare("insert into audit_handovers (audit_id, direction, machine_name, ward_store_id, package_id, handed_at) values ('missing', 'out', 'Máy tổ 2', 's1', 'p1', ?)").run(at))).toMatch(/FOREIGN KEY/);
    sqlite.prepare("delete from audits where id = 'a1'").run();
    expect(sqlite.prepare('select count(*) as n from audit_handovers').get()).toEqual({ n: 0 });
  });
});

describe('0020 board urgency indexes', () => {
  it('indexes the actions already there by urgency group and due date, and by status and opening time', async () => {
    const sqlite = await migrateAcross('_board_urgency_indexes', (old) => {
      insertAudit(old);
      old.prepare("insert into findings (id, audit_id, number, finding_class, description, created_at, updated_at) values ('f1', 'a1', 1, 'kph_nhe', 'Sổ chưa cập nhật', ?, ?)").run(at, at);
      const action = old.prepare("insert into corrective_actions (id, finding_id, owner_unit_id, due_date, status, created_at, updated_at) values (?, 'f1', 'u1', ?, ?, ?, ?)");
      action.run('c1', '2025-04-01', 'da_xac_minh_hieu_qua', at, at);
      action.run('c2', '2025-05-01', 'cho_xac_minh', at, at);
      action.run('c3', '2025-06-01', 'moi', at, at);
    });
    const byUrgency = "select id from corrective_actions indexed by corrective_actions_urgency_idx where (case status when 'da_xac_minh_hieu_qua' then 2 when 'cho_xac_minh' then 1 else 0 end) >= 0 order by (case status when 'da_xac_minh_hieu_qua' then 2 when 'cho_xac_minh' then 1 else 0 end), due_date";
    expect(sqlite.prepare(byUrgency).pluck().all()).toEqual(['c3', 'c2', 'c1']);
    expect(sqlite.prepare("select id from corrective_actions indexed by corrective_actions_status_created_idx where status = 'moi'").pluck().all()).toEqual(['c3']);
  });
});
