import { describe, expect, it } from 'vitest';
import { impossibilityReasons as reasonsAsMessages } from '../../electron/backend/modules/programme/planning/feasibility';
import { localize } from '../../electron/shared/i18n/catalog';
import type { PlanningUnit } from '../../electron/backend/modules/programme/planning/planningTypes';
import { Roster } from '../../electron/backend/modules/programme/planning/roster';
import type { SelectedUnit } from '../../electron/backend/modules/programme/planning/selectUnits';
import { daysNearest, idealDayIndex, interleave } from '../../electron/backend/modules/programme/planning/spreadDates';
import type { UnitHistory } from '../../electron/backend/modules/programme/planning/unitHistory';
import { historyOf, summariseHistory } from '../../electron/backend/modules/programme/planning/unitHistory';
import { planningPerson, planningSettings, planningUnit } from '../support/fixtures/planning';

/** The reasons as the Vietnamese user reads them. */
const impossibilityReasons = (...args: Parameters<typeof reasonsAsMessages>) => reasonsAsMessages(...args).map((reason) => localize(reason));

const settings = { ...planningSettings, schedulingMonths: [5, 3, 4] };
const unit = (id: string, overrides: Partial<PlanningUnit> = {}) => planningUnit(id, 1, overrides);
const person = planningPerson;

const selected = (kind: 'CCHC' | 'ISO', ids: string[]) =>
  ids.map((id) => ({ unit: unit(id), note: { kind, reason: kind === 'CCHC' ? 'inScope' : 'share' } }) as unknown as SelectedUnit);

const noHistory: UnitHistory = historyOf(new Map(), 'x');

describe('spreading the visits over the year', () => {
  it('weaves CCHC and ISO visits in proportion, the earlier ideal place first and CCHC on a tie', () => {
    const order = (cchc: string[], iso: string[]) => interleave(selected('CCHC', cchc), selected('ISO', iso)).map((v) => v.unit.id);
    expect(order(['c1', 'c2', 'c3', 'c4'], ['i1', 'i2'])).toEqual(['c1', 'i1', 'c2', 'c3', 'i2', 'c4']);
    expect(order(['c1'], ['i1'])).toEqual(['c1', 'i1']);
    expect(order([], ['i1', 'i2'])).toEqual(['i1', 'i2']);
    expect(order(['c1', 'c2'], [])).toEqual(['c1', 'c2']);
    expect(order(['c1', 'c2', 'c3'], ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'])).toEqual(['i1', 'c1', 'i2', 'i3', 'c2', 'i4', 'i5', 'c3', 'i6']);
  });

  it('aims each visit at the middle of its share of the days, and shares days only when visits outnumber them', () => {
    expect([0, 1, 2, 3].map((i) => idealDayIndex(i, 4, 20))).toEqual([2, 7, 12, 17]);
    expect([0, 1, 2].map((i) => idealDayIndex(i, 3, 3))).toEqual([0, 1, 2]);
    expect([0, 1, 2, 3, 4].map((i) => idealDayIndex(i, 5, 2))).toEqual([0, 0, 0, 1, 1]);
  });

  it('falls back to the nearest days, the later one first, without leaving the days there are', () => {
    expect([...daysNearest(2, 5)]).toEqual([2, 3, 1, 4, 0]);
    expect([...daysNearest(0, 3)]).toEqual([0, 1, 2]);
    expect([...daysNearest(2, 3)]).toEqual([2, 1, 0]);
    expect([...daysNearest(0, 1)]).toEqual([0]);
  });
});

describe('the roster', () => {
  const people = [
    person('p1', 'Nguyễn Văn An', { mayLead: true }),
    person('p2', 'Trần Thị Bình', { mayLead: true }),
    person('p3', 'Lê Văn Cường'),
    person('p4', 'Phạm Thị Dung'),
    person('p5', 'Hoàng Văn Em', { active: false, mayLead: true }),
    person('p6', 'Vũ Thị Giang', { unitId: 'a' }),
    person('p7', 'Đỗ Văn Hải', { auditorTrained: false }),
  ];
  const ids = (team: ReturnType<Roster['pickTeam']>) => team?.map((m) => `${m.personId}:${m.role}`) ?? null;

  it('picks a leader who may lead and members who may not, by given name, never from the unit or inactive', () => {
    const roster = new Roster(people);
    expect(ids(roster.pickTeam('2026-03-02', 'a', 'CCHC', noHistory, settings))).toEqual(['p1:truong_doan', 'p3:thanh_vien', 'p4:thanh_vien']);
    expect(ids(roster.pickTeam('2026-03-02', 'b', 'CCHC', noHistory, { ...settings, inspectionTeamSize: 5 }))).toEqual([
      'p1:truong_doan',
      'p3:thanh_vien',
      'p4:thanh_vien',
      'p6:thanh_vien',
      'p7:thanh_vien',
    ]);
    expect(ids(roster.pickTeam('2026-03-02', 'b', 'ISO', noHistory, { ...settings, inspectionTeamSize: 5 }))).toEqual([
      'p1:truong_doan',
      'p3:thanh_vien',
      'p4:thanh_vien',
      'p6:thanh_vien',
      'p2:thanh_vien',
    ]);
  });

  it('avoids last year’s leader of the unit, then balances the load, and books nobody twice a day', () => {
    const roster = new Roster(people);
    const ledA: UnitHistory = { ...noHistory, leadersLastYear: new Set(['p1']) };
    expect(ids(roster.pickTeam('2026-03-02', 'a', 'CCHC', ledA, settings))?.[0]).toBe('p2:truong_doan');
    const first = roster.pickTeam('2026-03-02', 'a', 'CCHC', noHistory, settings)!;
    roster.book('2026-03-02', 'a', first);
    expect(roster.unitFree('2026-03-02', 'a')).toBe(false);
    expect(roster.unitFree('2026-03-03', 'a')).toBe(true);
    expect(roster.unitFree('2026-03-02', 'b')).toBe(true);
    expect(ids(roster.pickTeam('2026-03-02', 'b', 'CCHC', noHistory, settings))).toEqual(['p2:truong_doan', 'p6:thanh_vien', 'p7:thanh_vien']);
    expect(roster.pickTeam('2026-03-02', 'b', 'ISO', noHistory, settings)).toBeNull();
    expect(ids(roster.pickTeam('2026-03-03', 'b', 'CCHC', noHistory, settings))).toEqual(['p2:truong_doan', 'p6:thanh_vien', 'p7:thanh_vien']);
  });

  it('counts leading apart from sitting on a team', () => {
    const roster = new Roster([person('p1', 'Nguyễn Văn An', { mayLead: true }), person('p2', 'Trần Thị Bình', { mayLead: true }), person('p3', 'Lê Văn Cường')]);
    roster.book('2026-03-02', 'x', [
      { personId: 'p2', role: 'thanh_vien' },
      { personId: 'p1', role: 'truong_doan' },
    ]);
    roster.book('2026-03-03', 'y', [
      { personId: 'p1', role: 'thanh_vien' },
      { personId: 'p2', role: 'truong_doan' },
    ]);
    roster.book('2026-03-04', 'z', [{ personId: 'p2', role: 'thanh_vien' }]);
    // Both have led once; p1 has the lighter load, so p1 leads and p2 is the member left.
    expect(ids(roster.pickTeam('2026-03-05', 'w', 'CCHC', noHistory, settings))).toEqual(['p1:truong_doan', 'p3:thanh_vien', 'p2:thanh_vien']);
  });

  it('gives up on a day without a leader or without enough members', () => {
    expect(new Roster([person('p3', 'Lê Văn Cường'), person('p4', 'Phạm Thị Dung'), person('p7', 'Đỗ Văn Hải')]).pickTeam('2026-03-02', 'a', 'CCHC', noHistory, settings)).toBeNull();
    expect(new Roster([person('p1', 'Nguyễn Văn An', { mayLead: true }), person('p3', 'Lê Văn Cường')]).pickTeam('2026-03-02', 'a', 'CCHC', noHistory, settings)).toBeNull();
  });
});

describe('why no programme can be made', () => {
  const staff = [person('p1', 'Nguyễn Văn An', { mayLead: true }), person('p2', 'Trần Thị Bình'), person('p3', 'Lê Văn Cường')];
  const visits = [{ unit: unit('a'), kind: 'CCHC' as const }];

  it('says nothing when one visit fits', () => {
    expect(impossibilityReasons(visits, staff, 1, 2026, settings)).toEqual([]);
  });

  it('names the scheduling months in order when no working day is left, and the lack of leaders and people', () => {
    expect(impossibilityReasons(visits, staff, 0, 2026, settings)).toEqual([
      'Năm 2026 không có ngày làm việc nào trong các tháng xếp lịch (tháng 3, 4, 5) sau khi trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.',
    ]);
    expect(impossibilityReasons(visits, [...staff.slice(1), person('p9', 'Lý Văn Tú'), person('p8', 'Mai Văn Sơn', { mayLead: true, active: false })], 5, 2026, settings)).toEqual([
      'Chưa có cán bộ đang hoạt động nào được phép làm Trưởng đoàn. Hãy đánh dấu "Được làm Trưởng đoàn" cho ít nhất một cán bộ trong danh bạ.',
    ]);
    expect(impossibilityReasons(visits, [...staff.slice(0, 2), person('p4', 'Phạm Thị Dung', { active: false })], 5, 2026, settings)).toEqual([
      'Mỗi đoàn cần 3 người nhưng danh bạ chỉ có 2 cán bộ đang hoạt động.',
    ]);
  });

  it('names a unit without an eligible leader or without enough eligible people', () => {
    const ownLeader = [person('p1', 'Nguyễn Văn An', { mayLead: true, unitId: 'a' }), person('p2', 'Trần Thị Bình', { mayLead: true, unitId: 'b' }), person('p3', 'Lê Văn Cường')];
    expect(impossibilityReasons([{ unit: unit('c'), kind: 'CCHC' }], ownLeader, 5, 2026, settings)).toEqual([]);
    expect(impossibilityReasons([{ unit: unit('a'), kind: 'ISO' }], [...ownLeader.slice(0, 1), person('p2', 'Trần Thị Bình', { mayLead: true, auditorTrained: false }), person('p3', 'Lê Văn Cường')], 5, 2026, settings)).toEqual([
      'Không có Trưởng đoàn phù hợp để đánh giá ISO Phòng A: cần một cán bộ được làm Trưởng đoàn, đã được đào tạo đánh giá viên nội bộ và không thuộc đơn vị này.',
    ]);
    expect(impossibilityReasons([{ unit: unit('b'), kind: 'CCHC' }], ownLeader, 5, 2026, settings)).toEqual([
      'Không đủ người cho đoàn kiểm tra CCHC Phòng B: cần 3 cán bộ không thuộc đơn vị này, hiện chỉ có 2.',
    ]);
    expect(impossibilityReasons([{ unit: unit('b'), kind: 'CCHC' }], ownLeader, 5, 2026, { ...settings, inspectionTeamSize: 2 })).toEqual([]);
  });

  it('counts the teams a day can hold by leaders and by people', () => {
    const six = [...staff, person('p4', 'Phạm Thị Dung'), person('p5', 'Hoàng Văn Em', { mayLead: true }), person('p6', 'Vũ Thị Giang')];
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ unit: unit(`u${i}`), kind: 'CCHC' as const }));
    expect(impossibilityReasons(many(6), six, 3, 2026, settings)).toEqual([]);
    expect(impossibilityReasons(many(7), six, 3, 2026, settings)).toEqual([
      'Cần 7 cuộc kiểm tra nhưng chỉ có 3 ngày làm việc trong các tháng xếp lịch, mỗi ngày tối đa 2 đoàn (theo số Trưởng đoàn và số cán bộ), tức tối đa 6 cuộc. Hãy thêm tháng xếp lịch, thêm cán bộ hoặc giảm số người mỗi đoàn.',
    ]);
    const oneLeader = six.map((p) => (p.id === 'p5' ? { ...p, mayLead: false } : p));
    expect(impossibilityReasons(many(4), oneLeader, 3, 2026, settings)[0]).toMatch(/^Cần 4 cuộc kiểm tra .* mỗi ngày tối đa 1 đoàn .* tức tối đa 3 cuộc\./);
  });
});

describe('a unit’s history as the planner reads it', () => {
  it('keeps the last year of each kind before the planned year, last year’s leaders, and sums the risks', () => {
    const histories = summariseHistory(
      {
        audits: [
          { unitId: 'a', kind: 'ISO', date: '2023-05-04', leaderPersonId: 'p1' },
          { unitId: 'a', kind: 'ISO', date: '2021-05-04', leaderPersonId: 'p2' },
          { unitId: 'a', kind: 'CCHC', date: '2025-10-01', leaderPersonId: 'p3' },
          { unitId: 'a', kind: 'CCHC', date: '2025-03-01', leaderPersonId: null },
          { unitId: 'a', kind: 'CCHC', date: '2026-02-01', leaderPersonId: 'p4' },
          { unitId: 'a', kind: 'ISO', date: '2024-12-31', leaderPersonId: 'p5' },
        ],
        risks: [
          { unitId: 'a', openMajorNonconformities: 1, overdueCorrectiveActions: 2 },
          { unitId: 'a', openMajorNonconformities: 2, overdueCorrectiveActions: 0 },
          { unitId: 'b', openMajorNonconformities: 0, overdueCorrectiveActions: 1 },
        ],
      },
      2026,
    );
    expect(histories.get('a')).toEqual({ lastYear: { CCHC: 2025, ISO: 2024 }, leadersLastYear: new Set(['p3']), openMajorNonconformities: 3, overdueCorrectiveActions: 2 });
    expect(histories.get('b')).toEqual({ lastYear: { CCHC: null, ISO: null }, leadersLastYear: new Set(), openMajorNonconformities: 0, overdueCorrectiveActions: 1 });
    expect(historyOf(histories, 'c')).toEqual({ lastYear: { CCHC: null, ISO: null }, leadersLastYear: new Set(), openMajorNonconformities: 0, overdueCorrectiveActions: 0 });
  });
});
