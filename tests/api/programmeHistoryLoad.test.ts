import { afterEach, expect, it } from 'vitest';
import { auditParticipants, audits, checklistVersions } from '../../db/schema';
import { loadPlanningInput } from '../../electron/backend/modules/programme/loadPlanning';
import type { PastAudit } from '../../electron/backend/modules/programme/planning/planningTypes';
import { summariseHistory } from '../../electron/backend/modules/programme/planning/unitHistory';
import { insertPerson } from '../support/fixtures/actionsAudit';
import { startTestBackend } from '../support/tempBackend';
import type { TestBackend } from '../support/tempBackend';

let backend: TestBackend;
afterEach(() => backend?.close());

it('loads only the past audits the history summary reads, and it summarises them as it would every past audit', async () => {
  backend = await startTestBackend();
  const { db, sqlite } = backend.store;
  const unitIds = (sqlite.prepare('select id from units order by sort_order').pluck().all() as string[]).slice(0, 5);
  expect(unitIds).toHaveLength(5);
  const staff = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'].map((name) => insertPerson(backend.store, name));
  const versionId = db.select({ id: checklistVersions.id }).from(checklistVersions).get()!.id;
  let serial = 0;
  const audit = (unitId: string, kind: 'CCHC' | 'ISO', date: string, leaders: string[]) => {
    const id = db
      .insert(audits)
      .values({ kind, unitId, templateVersionId: versionId, title: `Kiểm tra ${++serial}`, startDate: date, endDate: date })
      .returning({ id: audits.id })
      .get().id;
    for (const personId of leaders) db.insert(auditParticipants).values({ auditId: id, side: 'team', role: 'truong_doan', personId, fullName: 'Trưởng đoàn' }).run();
    db.insert(auditParticipants).values({ auditId: id, side: 'team', role: 'thanh_vien', personId: staff[3]!, fullName: 'Thành viên' }).run();
  };
  // Years of audits, out of date order, with audits of the year before (one with two leaders, one with none),
  // a unit with only older history, and audits in and after the planned year, which do not count.
  unitIds.forEach((unitId, i) => {
    for (const year of [2025, 2019, 2023, 2021, 2024]) {
      if (i === 4 && year > 2021) continue;
      audit(unitId, 'CCHC', `${year}-0${1 + (i % 8)}-1${i}`, [staff[(i + year) % 3]!]);
      if ((i + year) % 2 === 0) audit(unitId, 'ISO', `${year}-11-0${1 + i}`, year === 2025 && i === 1 ? [staff[1]!, staff[2]!] : year === 2025 && i === 3 ? [] : [staff[i % 3]!]);
    }
    audit(unitId, 'CCHC', '2026-02-02', [staff[0]!]);
    audit(unitId, 'ISO', '2027-03-03', [staff[1]!]);
  });

  const everyPastAudit = (
    sqlite
      .prepare(
        `select a.unit_id, a.kind, a.start_date, (select p.person_id from audit_participants p
          where p.audit_id = a.id and p.side = 'team' and p.role = 'truong_doan' order by p.rowid desc limit 1) from audits a where a.start_date < '2026-01-01'`,
      )
      .raw(true)
      .all() as [string, PastAudit['kind'], string, string | null][]
  ).map(([unitId, kind, date, leaderPersonId]): PastAudit => ({ unitId, kind, date, leaderPersonId }));
  const loaded = loadPlanningInput(db, 2026, '2026-01-05').history;

  expect(loaded.audits.length).toBeLessThan(everyPastAudit.length);
  const summary = summariseHistory(loaded, 2026);
  expect(summary).toEqual(summariseHistory({ audits: everyPastAudit, risks: loaded.risks }, 2026));
  // The second unit was led in 2025 by staff 1 (CCHC) and, of the ISO evaluation's two leaders, the last entered.
  expect(summary.get(unitIds[1]!)!.leadersLastYear).toEqual(new Set([staff[1], staff[2]]));
  expect(summary.get(unitIds[4]!)!.lastYear).toEqual({ CCHC: 2021, ISO: null });
});
