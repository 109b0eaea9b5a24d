import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertAuditWithFindings, insertPerson, unitIdByCode } from '../support/fixtures/actionsAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
let clock: Date;
afterEach(() => backend?.close());

async function start(at: string) {
  clock = new Date(at);
  backend = await startTestBackend({ now: () => clock });
}

/** One action per finding, owned by the audit's unit, with the due date given. */
async function actionsDue(kind: 'CCHC' | 'ISO', unitCode: string, startDate: string, dues: string[], description = 'Phát hiện') {
  const audit = insertAuditWithFindings(backend.store, {
    kind,
    unitCode,
    startDate,
    endDate: startDate,
    findings: dues.map((_, i) => ({ description: `${description} ${i + 1}` })),
  });
  const created = [];
  for (const [i, dueDate] of dues.entries()) {
    created.push(await backend.call('actions.create', { findingId: audit.findingIds[i]!, ownerUnitId: audit.unitId, dueDate }));
  }
  return created;
}

describe('overdue and due soon around midnight in Asia/Ho_Chi_Minh, whatever the machine clock zone', () => {
  const machineZone = process.env.TZ;
  afterAll(() => {
    process.env.TZ = machineZone;
  });

  /** Minutes behind UTC on 10/03/2026, as Date reports them, to prove the zone really changed. */
  const machineZones: [string, number][] = [
    ['UTC', 0],
    ['America/Los_Angeles', 420],
    ['Asia/Ho_Chi_Minh', -420],
  ];
  for (const [zone, offset] of machineZones) {
    describe(`machine clock in ${zone}`, () => {
      beforeAll(() => {
        process.env.TZ = zone;
      });

      it('an action due 10/03 is still due (not overdue) at 23:59:59 in Hà Nội, and overdue one second later', async () => {
        expect(new Date('2026-03-10T12:00:00Z').getTimezoneOffset()).toBe(offset);
        await start('2026-03-10T16:59:59Z');
        const [dueToday] = await actionsDue('CCHC', 'VHXH', '2026-02-20', ['2026-03-10']);
        let board = await backend.call('actions.board', {});
        expect(board.today).toBe('2026-03-10');
        expect(board.rows[0]).toMatchObject({ id: dueToday!.id, dueState: 'due_soon', daysToDue: 0 });
        expect((await backend.call('actions.dueNotice', {})).overdue).toBe(0);

        clock = new Date('2026-03-10T17:00:00Z');
        board = await backend.call('actions.board', {});
        expect(board.today).toBe('2026-03-11');
        expect(board.rows[0]).toMatchObject({ dueState: 'overdue', daysToDue: -1 });
        expect(await backend.call('actions.dueNotice', {})).toMatchObject({ today: '2026-03-11', overdue: 1, dueSoon: 0 });
        expect((await backend.call('actions.board', { due: 'overdue' })).rows.map((r) => r.id)).toEqual([dueToday!.id]);
      });

      it('the due-soon window ends dueSoonDays after today in Hà Nội, and moves at its midnight', async () => {
        await start('2026-03-10T16:59:59Z');
        await actionsDue('CCHC', 'VHXH', '2026-02-20', ['2026-03-17', '2026-03-18']);
        const states = async () => (await backend.call('actions.board', {})).rows.map((r) => [r.dueDate, r.dueState]);
        expect(await states()).toEqual([
          ['2026-03-17', 'due_soon'],
          ['2026-03-18', 'on_track'],
        ]);
        clock = new Date('2026-03-10T17:00:00Z');
        expect(await states()).toEqual([
          ['2026-03-17', 'due_soon'],
          ['2026-03-18', 'due_soon'],
        ]);
        await backend.call('settings.update', { dueSoonDays: 3 });
        expect(await states()).toEqual([
          ['2026-03-17', 'on_track'],
          ['2026-03-18', 'on_track'],
        ]);
      });
    });
  }
});

describe('the coordinator’s board', () => {
  it('filters by unit, status, kind, year, overdue and due soon, and counts what the filters leave', async () => {
    await start('2026-06-15T03:00:00Z');
    const owner = insertPerson(backend.store, 'Lê Văn Hùng', unitIdByCode(backend.store, 'VP'));
    const verifier = insertPerson(backend.store, 'Phạm Thị Lan');
    const [old] = await actionsDue('ISO', 'VP', '2025-05-10', ['2025-07-10'], 'Sổ công văn đến chưa cập nhật');
    const vhxh = await actionsDue('CCHC', 'VHXH', '2026-05-20', ['2026-06-01', '2026-06-20', '2026-07-30'], 'Hồ sơ một cửa');
    await actionsDue('ISO', 'PVHCC', '2026-04-01', ['2026-06-10'], 'Phiếu kiểm soát quá trình');

    // Close the 2025 action, so it counts as closed and not overdue.
    await backend.call('actions.update', { id: old!.id, ownerPersonId: owner, rootCause: 'Chưa phân công', actionPlan: 'Phân công' });
    await backend.call('actions.move', { id: old!.id, to: 'da_phan_tich' });
    await backend.call('actions.move', { id: old!.id, to: 'dang_thuc_hien' });
    await backend.call('actions.update', { id: old!.id, completionEvidence: 'Sổ đã cập nhật' });
    await backend.call('actions.move', { id: old!.id, to: 'cho_xac_minh' });
    await backend.call('actions.move', { id: old!.id, to: 'da_xac_minh_hieu_qua', verifierPersonId: verifier, verificationDate: '2026-06-15' });

    const open = await backend.call('actions.board', {});
    expect(open.rows.map((r) => [r.ownerUnitName, r.dueDate, r.dueState])).toEqual([
      ['Phòng Văn hóa - Xã hội', '2026-06-01', 'overdue'],
      ['Trung tâm Phục vụ hành chính công', '2026-06-10', 'overdue'],
      ['Phòng Văn hóa - Xã hội', '2026-06-20', 'due_soon'],
      ['Phòng Văn hóa - Xã hội', '2026-07-30', 'on_track'],
    ]);
    expect(open.summary).toMatchObject({ total: 5, open: 4, closed: 1, overdue: 2, dueSoon: 1, awaitingVerification: 0 });
    expect(open.summary.byStatus).toMatchObject({ moi: 4, da_xac_minh_hieu_qua: 1 });
    expect(open.matching).toBe(4);

    const count = async (filters: Parameters<typeof backend.call<'actions.board'>>[1]) => (await backend.call('actions.board', filters)).rows.length;
    expect(await count({ status: 'all' })).toBe(5);
    expect(await count({ status: 'closed' })).toBe(1);
    expect(await count({ status: 'moi' })).toBe(4);
    expect(await count({ unitId: vhxh[0]!.ownerUnitId })).toBe(3);
    expect(await count({ kind: 'ISO', status: 'all' })).toBe(2);
    expect(await count({ year: 2025, status: 'all' })).toBe(1);
    expect(await count({ year: 2026, due: 'overdue' })).toBe(2);
    expect(await count({ due: 'due_soon' })).toBe(1);
    expect(await count({ status: 'all', limit: 2 })).toBe(2);
    expect((await backend.call('actions.board', { status: 'all', limit: 2 })).matching).toBe(5);
    expect((await backend.call('actions.board', { unitId: vhxh[0]!.ownerUnitId })).summary.total).toBe(3);
    // What the filters take is counted per status group: the count is the rows listed, for every combination.
    for (const status of ['open', 'closed', 'all', 'moi', 'da_xac_minh_hieu_qua'] as const) {
      for (const due of [undefined, 'overdue', 'due_soon'] as const) {
        for (const unitId of [undefined, vhxh[0]!.ownerUnitId]) {
          const board = await backend.call('actions.board', { status, due, unitId });
          expect(board.matching, `${status} ${due} ${unitId}`).toBe(board.rows.length);
        }
      }
    }
  });

  it('pages as ordering every row would: ties on the due date settled by audit start, finding number, creation and id', async () => {
    await start('2026-06-15T03:00:00Z');
    const owner = insertPerson(backend.store, 'Lê Văn Hùng', unitIdByCode(backend.store, 'VP'));
    // Two audits, one finding answered by two actions, and many actions sharing a due date.
    await actionsDue('ISO', 'VP', '2026-05-02', ['2026-06-01', '2026-06-20', '2026-06-20', '2026-06-01'], 'Sổ công văn');
    await actionsDue('CCHC', 'VHXH', '2026-05-01', ['2026-06-20', '2026-06-01', '2026-08-01', '2026-06-20'], 'Hồ sơ một cửa');
    const [twin] = backend.store.sqlite.prepare('select finding_id from corrective_actions order by rowid limit 1').pluck().all() as string[];
    await backend.call('actions.create', { findingId: twin!, ownerUnitId: unitIdByCode(backend.store, 'VP'), ownerPersonId: owner, dueDate: '2026-06-01' });

    const full = await backend.call('actions.board', {});
    // The same rows by one plain join, in the board's full order.
    const reference = backend.store.sqlite
      .prepare(
        `select ca.id, f.number, f.description, a.title, u.name, p.full_name from corrective_actions ca join findings f on f.id = ca.finding_id
          join audits a on a.id = f.audit_id join units u on u.id = ca.owner_unit_id left join people p on p.id = ca.owner_person_id
          order by case when ca.due_date < '2026-06-15' then 0 when ca.due_date <= '2026-06-22' then 1 else 2 end, ca.due_date, a.start_date, f.number, ca.created_at, ca.id`,
      )
      .raw(true)
      .all();
    expect(full.rows.map((r) => [r.id, r.findingNumber, r.findingDescription, r.auditTitle, r.ownerUnitName, r.ownerPersonName])).toEqual(reference);
    for (let limit = 1; limit <= full.rows.length; limit++) {
      const page = await backend.call('actions.board', { limit });
      expect(page.rows).toEqual(full.rows.slice(0, limit));
      expect(page.matching).toBe(full.rows.length);
    }
  });

  it('searches without diacritics across unit, finding and action texts', async () => {
    await start('2026-06-15T03:00:00Z');
    const [first] = await actionsDue('CCHC', 'VHXH', '2026-05-20', ['2026-07-01', '2026-07-02'], 'Hồ sơ một cửa');
    await backend.call('actions.update', { id: first!.id, rootCause: 'Thiếu phần mềm quản lý văn bản' });
    const search = async (text: string) => (await backend.call('actions.board', { search: text })).rows.map((r) => r.findingDescription);
    expect(await search('phan mem quan ly')).toEqual(['Hồ sơ một cửa 1']);
    expect(await search('HỒ SƠ MỘT CỬA 2')).toEqual(['Hồ sơ một cửa 2']);
    expect(await search('van hoa')).toHaveLength(2);
    expect(await search('không có')).toEqual([]);
    expect((await backend.call('actions.board', { search: 'phan mem' })).summary.total).toBe(1);
  });

  it('counts aging of open actions in 30-day buckets', async () => {
    await start('2026-01-01T03:00:00Z');
    await actionsDue('CCHC', 'VHXH', '2025-12-20', ['2026-12-31']);
    clock = new Date('2026-02-15T03:00:00Z');
    await actionsDue('CCHC', 'VP', '2026-02-10', ['2026-12-31']);
    clock = new Date('2026-04-15T03:00:00Z');
    const board = await backend.call('actions.board', {});
    expect(board.rows.map((r) => r.ageDays).sort((a, b) => a - b)).toEqual([59, 104]);
    expect(board.summary.aging).toEqual({ d0_30: 0, d31_60: 1, d61_90: 0, d90_plus: 1 });
    expect(board.summary.oldestOpenDays).toBe(104);
  });
});
