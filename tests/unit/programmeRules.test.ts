import { describe, expect, it } from 'vitest';
import { checkProgramme } from '../../electron/backend/modules/programme/planning/checkProgramme';
import type { CheckedEntry, RuleContext } from '../../electron/backend/modules/programme/planning/checkProgramme';
import type { PlanningPerson, TeamAssignment } from '../../electron/backend/modules/programme/planning/planningTypes';
import type { UnitHistory } from '../../electron/backend/modules/programme/planning/unitHistory';
import { planningPerson, planningSettings, planningUnit } from '../support/fixtures/planning';

/** The rule check the programme editor shows live and the generator applies to its own output. 2026-03-02 is a Monday. */
const settings = planningSettings;
const unit = planningUnit;
const person = (id: string, fullName: string, overrides: Partial<PlanningPerson> = {}) => planningPerson(id, fullName, { mayLead: true, ...overrides });

const history = (overrides: Partial<Omit<UnitHistory, 'lastYear'>> & { cchc?: number; iso?: number } = {}): UnitHistory => ({
  lastYear: { CCHC: overrides.cchc ?? null, ISO: overrides.iso ?? null },
  leadersLastYear: overrides.leadersLastYear ?? new Set(),
  openMajorNonconformities: overrides.openMajorNonconformities ?? 0,
  overdueCorrectiveActions: overrides.overdueCorrectiveActions ?? 0,
});

const people = [
  person('p1', 'Nguyễn Văn An'),
  person('p2', 'Trần Thị Bình'),
  person('p3', 'Lê Văn Cường'),
  person('p4', 'Phạm Thị Dung', { auditorTrained: false }),
  person('p5', 'Hoàng Văn Em', { active: false }),
  person('p6', 'Vũ Thị Giang', { unitId: 'a' }),
  person('p7', 'Đỗ Văn Hải', { mayLead: false }),
];

const team = (leader: string, ...members: string[]): TeamAssignment[] => [
  { personId: leader, role: 'truong_doan' },
  ...members.map((personId) => ({ personId, role: 'thanh_vien' as const })),
];

const context = (overrides: Partial<RuleContext> = {}): RuleContext => ({
  year: 2026,
  units: [unit('a', 1), unit('b', 2)],
  people,
  histories: new Map([
    ['a', history({ iso: 2025 })],
    ['b', history({ iso: 2024 })],
  ]),
  holidays: [{ date: '2026-04-30', name: 'Ngày Chiến thắng' }],
  settings,
  ...overrides,
});

let nextId = 0;
const entry = (kind: CheckedEntry['kind'], unitId: string, date: string, members = team('p1', 'p2', 'p3')): CheckedEntry => ({
  id: `e${++nextId}`,
  kind,
  unitId,
  date,
  team: members,
});

/** A programme that keeps every rule: both units for CCHC, unit B for ISO (25% of two is one). */
const cleanEntries = () => [entry('CCHC', 'a', '2026-03-02'), entry('CCHC', 'b', '2026-03-03'), entry('ISO', 'b', '2026-03-04')];

const messages = (entries: CheckedEntry[], ctx = context()) =>
  checkProgramme(entries, ctx).violations.map((v) => `${v.severity} ${v.code}: ${v.message}`);

describe('the programme rule check', () => {
  it('passes a programme that keeps every rule and reports its coverage', () => {
    const check = checkProgramme(cleanEntries(), context());
    expect(check.violations).toEqual([]);
    expect(check.coverage).toEqual({
      cchc: { planned: 2, total: 2, required: 2, percent: 100, missingUnitIds: [] },
      iso: { planned: 1, total: 2, required: 1, percent: 25, missingUnitIds: ['a'], rotationYears: 4, rotationDueUnitIds: [] },
    });
  });

  it('refuses a day outside the year, on a weekend or a holiday, and warns outside the scheduling months: one reason per day', () => {
    const [a, b, iso] = cleanEntries();
    const days = (date: string) => messages([{ ...a!, date }, b!, iso!]);
    expect(days('2027-03-02')).toEqual(['hard outsideYear: Phòng A (CCHC): ngày 02/03/2027 không thuộc năm 2026 của kế hoạch.']);
    expect(days('2026-03-07')).toEqual(['hard weekend: Phòng A (CCHC): ngày 07/03/2026 rơi vào cuối tuần, không phải ngày làm việc.']);
    expect(days('2026-03-08')).toEqual(['hard weekend: Phòng A (CCHC): ngày 08/03/2026 rơi vào cuối tuần, không phải ngày làm việc.']);
    expect(days('2026-04-30')).toEqual(['hard holiday: Phòng A (CCHC): ngày 30/04/2026 là ngày nghỉ Ngày Chiến thắng.']);
    expect(days('2026-06-01')).toEqual(['warning outsideSchedulingMonths: Phòng A (CCHC): ngày 01/06/2026 nằm ngoài các tháng xếp lịch kiểm tra.']);
    expect(days('2026-06-06')).toEqual(['hard weekend: Phòng A (CCHC): ngày 06/06/2026 rơi vào cuối tuần, không phải ngày làm việc.']);
    expect(days('2026-05-29')).toEqual([]);
  });

  it('refuses an inactive or unknown unit and ISO for a unit that does not apply it; warns for a unit outside the CCHC scope', () => {
    const units = [unit('a', 1), unit('b', 2), unit('off', 3, { active: false, isoApplying: false }), unit('noiso', 4, { isoApplying: false, inCchcScope: false })];
    const ctx = context({ units });
    const extra = (e: CheckedEntry) => messages([...cleanEntries(), e], ctx).filter((m) => !m.includes('Short') && !m.includes('Waiting') && !m.includes('FirstEvaluationDue'));
    expect(extra(entry('ISO', 'off', '2026-03-05'))).toEqual(['hard unitInactive: Phòng OFF đã ngừng hoạt động nhưng vẫn có lịch ISO.']);
    expect(extra(entry('CCHC', 'gone', '2026-03-05'))).toEqual(['hard unitInactive:  đã ngừng hoạt động nhưng vẫn có lịch CCHC.']);
    expect(extra(entry('ISO', 'noiso', '2026-03-05'))).toEqual(['hard unitNotIsoApplying: Phòng NOISO không áp dụng ISO 9001 nên không thể đánh giá ISO.']);
    expect(extra(entry('CCHC', 'noiso', '2026-03-05'))).toEqual(['warning unitOutOfCchcScope: Phòng NOISO không thuộc phạm vi kiểm tra CCHC hằng năm.']);
  });

  it('checks each team member: active, independent of the unit, a leader allowed to lead, trained for ISO; and the team size', () => {
    const [a, b, iso] = cleanEntries();
    const withTeam = (target: CheckedEntry, members: TeamAssignment[], ctx = context()) =>
      messages([a!, b!, iso!].map((e) => (e === target ? { ...e, team: members } : e)), ctx);
    expect(withTeam(a!, team('p1', 'p2', 'p5'))).toEqual(['hard personInactive: Phòng A (CCHC, 02/03/2026): Hoàng Văn Em đã nghỉ, không còn trong danh bạ đang hoạt động.']);
    expect(withTeam(a!, team('p1', 'p2', 'p9'))).toEqual(['hard personInactive: Phòng A (CCHC, 02/03/2026):  đã nghỉ, không còn trong danh bạ đang hoạt động.']);
    expect(withTeam(a!, team('p1', 'p2', 'p6'))).toEqual(['hard ownUnit: Phòng A (CCHC, 02/03/2026): Vũ Thị Giang là cán bộ của chính đơn vị được kiểm tra.']);
    expect(withTeam(b!, team('p1', 'p2', 'p6'))).toEqual([]);
    expect(withTeam(a!, team('p7', 'p1', 'p2'))).toEqual(['hard leaderMayNotLead: Phòng A (CCHC, 02/03/2026): Đỗ Văn Hải chưa được phép làm Trưởng đoàn.']);
    expect(withTeam(a!, team('p1', 'p2', 'p7'))).toEqual([]);
    expect(withTeam(iso!, team('p1', 'p2', 'p4'))).toEqual(['warning untrainedIsoAuditor: Phòng B (ISO, 04/03/2026): Phạm Thị Dung chưa được đào tạo đánh giá viên nội bộ.']);
    expect(withTeam(iso!, team('p1', 'p2', 'p4'), context({ settings: { ...settings, isoTeamRequiresTrainedAuditors: false } }))).toEqual([]);
    expect(withTeam(a!, team('p1', 'p2', 'p4'))).toEqual([]);
    expect(withTeam(a!, team('p1', 'p2'))).toEqual(['warning teamSmall: Phòng A (CCHC, 02/03/2026): đoàn có 2 người, ít hơn 3 người theo thiết lập.']);
    expect(withTeam(a!, team('p1', 'p2', 'p3', 'p7'))).toEqual([]);
  });

  it('warns when last year’s leader of the unit leads it again, not when that person is a member', () => {
    const ctx = context({
      histories: new Map([
        ['a', history({ iso: 2025, leadersLastYear: new Set(['p1']) })],
        ['b', history({ iso: 2024 })],
      ]),
    });
    const [a, b, iso] = cleanEntries();
    expect(messages([a!, b!, iso!], ctx)).toEqual([
      'warning leaderRepeat: Phòng A (CCHC): Nguyễn Văn An đã làm Trưởng đoàn kiểm tra đơn vị này năm 2025; nên đổi người để bảo đảm khách quan.',
    ]);
    expect(messages([{ ...a!, team: team('p2', 'p1', 'p3') }, b!, iso!], ctx)).toEqual([]);
  });

  it('refuses a person on two teams the same day, and warns about a unit planned twice for one kind', () => {
    const [a, b, iso] = cleanEntries();
    const sameDay = { ...b!, date: a!.date, team: team('p2', 'p3', 'p7') };
    expect(messages([a!, sameDay, iso!])).toEqual([
      'hard doubleBooked: Trần Thị Bình được xếp vào 2 đoàn trong cùng ngày 02/03/2026.',
      'hard doubleBooked: Lê Văn Cường được xếp vào 2 đoàn trong cùng ngày 02/03/2026.',
    ]);
    const check = checkProgramme([a!, sameDay, iso!], context());
    expect(check.violations[0]?.entryIds).toEqual([a!.id, sameDay.id]);

    const again = entry('CCHC', 'a', '2026-03-10');
    const twice = checkProgramme([a!, b!, iso!, again], context());
    expect(twice.violations.map((v) => `${v.severity} ${v.code}: ${v.message}`)).toEqual(['warning duplicateUnit: Phòng A có 2 lịch CCHC trong năm.']);
    expect(twice.violations[0]?.entryIds).toEqual([a!.id, again.id]);
    expect(messages([a!, b!, iso!, entry('ISO', 'a', '2026-03-10')])).toEqual([]);
  });

  it('refuses a programme short of the CCHC target or the ISO share; inactive units are outside both', () => {
    const [a, , iso] = cleanEntries();
    expect(messages([a!, iso!])).toEqual(['hard cchcCoverageShort: Mới có 1/2 đơn vị được kiểm tra CCHC; chỉ tiêu 100% cần ít nhất 2 đơn vị.']);
    const [, b] = cleanEntries();
    expect(messages([a!, b!])).toEqual(['hard isoShareShort: Mới có 0/2 đơn vị áp dụng ISO được đánh giá; chỉ tiêu 25% cần ít nhất 1 đơn vị.']);
    const halfShare = context({ settings: { ...settings, isoSharePercent: 62.5 } });
    expect(messages([a!, b!, iso!], halfShare)).toEqual(['hard isoShareShort: Mới có 1/2 đơn vị áp dụng ISO được đánh giá; chỉ tiêu 62,5% cần ít nhất 2 đơn vị.']);
    const withInactive = context({ units: [unit('a', 1), unit('b', 2), unit('off', 3, { active: false })] });
    const check = checkProgramme(cleanEntries(), withInactive);
    expect(check.violations).toEqual([]);
    expect([check.coverage.cchc.total, check.coverage.iso.total]).toEqual([2, 2]);
  });

  it('refuses a unit whose ISO rotation ends this year or whose first evaluation is due, and warns each year a new unit waits', () => {
    const units = [unit('a', 1), unit('b', 2), unit('new', 3, { registeredYear: 2026, inCchcScope: false }), unit('young', 4, { registeredYear: 2026, inCchcScope: false })];
    const ctx = context({
      units,
      histories: new Map([
        ['a', history({ iso: 2025 })],
        ['b', history({ iso: 2022 })],
      ]),
      settings: { ...settings, isoSharePercent: 0 },
    });
    const lenient = { ...ctx, settings: { ...ctx.settings, isoFirstEvaluationWithinYears: 2 } };
    const [a, b] = cleanEntries();
    expect(messages([a!, b!], ctx)).toEqual([
      'hard isoRotationDue: Phòng B chưa được đánh giá ISO từ năm 2022; theo chu kỳ 4 năm phải được đánh giá trong năm 2026.',
      'hard isoFirstEvaluationDue: Phòng NEW áp dụng ISO 9001 nhưng chưa được đánh giá lần nào (có trong danh mục từ năm 2026); phải được đánh giá trong năm 2026.',
      'hard isoFirstEvaluationDue: Phòng YOUNG áp dụng ISO 9001 nhưng chưa được đánh giá lần nào (có trong danh mục từ năm 2026); phải được đánh giá trong năm 2026.',
    ]);
    expect(checkProgramme([a!, b!], ctx).coverage.iso.rotationDueUnitIds).toEqual(['b']);
    expect(messages([a!, b!, entry('ISO', 'b', '2026-03-04'), entry('ISO', 'new', '2026-03-05')], lenient)).toEqual([
      'warning isoFirstEvaluationWaiting: Phòng YOUNG áp dụng ISO 9001 nhưng chưa được đánh giá lần nào (có trong danh mục từ năm 2026) và chưa có lịch năm 2026; phải được đánh giá chậm nhất năm 2027.',
    ]);
    const allPlanned = [a!, b!, entry('ISO', 'b', '2026-03-04'), entry('ISO', 'new', '2026-03-05'), entry('ISO', 'young', '2026-03-06')];
    expect(messages(allPlanned, ctx)).toEqual([]);
    expect(checkProgramme(allPlanned, ctx).coverage.iso.rotationDueUnitIds).toEqual(['b']);
  });

  it('names a unit with open major nonconformities left without an evaluation, or without its CCHC inspection when it does not apply ISO', () => {
    const units = [unit('a', 1), unit('b', 2), unit('c', 3, { isoApplying: false }), unit('d', 4, { isoApplying: false, inCchcScope: false }), unit('off', 5, { active: false })];
    const majors = (count: number) => history({ iso: 2025, openMajorNonconformities: count });
    const ctx = context({
      units,
      histories: new Map([
        ['a', majors(2)],
        ['b', history({ iso: 2024 })],
        ['c', majors(1)],
        ['d', majors(3)],
        ['off', majors(1)],
      ]),
    });
    const c = entry('CCHC', 'c', '2026-03-05');
    expect(messages([...cleanEntries(), c], ctx)).toEqual([
      'warning openMajorUnchecked: Phòng A còn 2 điểm không phù hợp nặng chưa khắc phục nhưng kế hoạch chưa có cuộc đánh giá hay kiểm tra xác minh nào tại đơn vị.',
      'warning openMajorUnchecked: Phòng D còn 3 điểm không phù hợp nặng chưa khắc phục nhưng kế hoạch chưa có cuộc đánh giá hay kiểm tra xác minh nào tại đơn vị.',
    ]);
    const everyoneChecked = [...cleanEntries(), c, entry('ISO', 'a', '2026-03-06'), entry('CCHC', 'd', '2026-03-09')];
    expect(messages(everyoneChecked, ctx)).toEqual(['warning unitOutOfCchcScope: Phòng D không thuộc phạm vi kiểm tra CCHC hằng năm.']);
  });

  it('lists hard violations first, each kind in the order of the entries’ dates', () => {
    const [a, b, iso] = cleanEntries();
    const late = { ...a!, date: '2026-06-01', team: team('p1', 'p2') };
    const early = { ...b!, date: '2026-03-07' };
    expect(messages([late, iso!, early])).toEqual([
      'hard weekend: Phòng B (CCHC): ngày 07/03/2026 rơi vào cuối tuần, không phải ngày làm việc.',
      'warning outsideSchedulingMonths: Phòng A (CCHC): ngày 01/06/2026 nằm ngoài các tháng xếp lịch kiểm tra.',
      'warning teamSmall: Phòng A (CCHC, 01/06/2026): đoàn có 2 người, ít hơn 3 người theo thiết lập.',
    ]);
  });
});
