import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProgramme } from '../../electron/backend/modules/programme/planning/generateProgramme';
import { localize, loadLanguage } from '../../electron/shared/i18n/catalog';
import type { LocalizedText } from '../../electron/shared/i18n/catalog';
import type {
  GeneratedEntry,
  PastAudit,
  PlanningHoliday,
  PlanningInput,
  PlanningPerson,
  PlanningSettings,
  PlanningUnit,
  UnitRisk,
} from '../../electron/backend/modules/programme/planning/planningTypes';

const YEAR = 2026;

/* ---------- Random wards ---------- */

interface WardShape {
  units: PlanningUnit[];
  people: PlanningPerson[];
  audits: PastAudit[];
  risks: UnitRisk[];
  /** Month-day pairs, the same every year, so multi-year runs share one holiday pattern. */
  holidayDays: string[];
  settings: PlanningSettings;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const unitArb = (index: number, isoRatio: number) =>
  fc.record({ active: fc.boolean().map((b) => b || index === 0), inScope: fc.double({ min: 0, max: 1, noNaN: true }), iso: fc.double({ min: 0, max: 1, noNaN: true }) }).map(
    ({ active, inScope, iso }): PlanningUnit => ({
      id: `unit-${pad(index, 3)}`,
      code: `DV${pad(index, 3)}`,
      name: `Đơn vị số ${index}`,
      registeredYear: YEAR - 1,
      sortOrder: index * 10,
      active,
      inCchcScope: inScope < 0.85,
      isoApplying: iso < isoRatio,
    }),
  );

const settingsArb: fc.Arbitrary<PlanningSettings> = fc.record({
  cchcCoveragePercent: fc.oneof(fc.constant(100), fc.integer({ min: 0, max: 100 })),
  isoSharePercent: fc.oneof(fc.constant(25), fc.integer({ min: 0, max: 100 })),
  isoRotationYears: fc.oneof(fc.constant(4), fc.integer({ min: 1, max: 6 })),
  schedulingMonths: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
  inspectionTeamSize: fc.integer({ min: 2, max: 4 }),
  isoTeamRequiresTrainedAuditors: fc.boolean(),
  isoRiskPullForwardYears: fc.integer({ min: 0, max: 3 }),
  isoFirstEvaluationWithinYears: fc.integer({ min: 1, max: 3 }),
});

/** 1–60 units, 0–100% of them ISO-applying, random staff, 0–10 years of random history, random holidays. */
const wardArb = (settings: fc.Arbitrary<PlanningSettings> = settingsArb): fc.Arbitrary<WardShape> =>
  fc
    .record({ unitCount: fc.integer({ min: 1, max: 60 }), isoRatio: fc.double({ min: 0, max: 1, noNaN: true }), historyYears: fc.integer({ min: 0, max: 10 }) })
    .chain(({ unitCount, isoRatio, historyYears }) =>
      fc.tuple(fc.tuple(...Array.from({ length: unitCount }, (_, i) => unitArb(i, isoRatio))), fc.constant(historyYears)),
    )
    .chain(([units, historyYears]) => {
      const unitIds = units.map((u) => u.id);
      const personArb = (index: number) =>
        fc
          .record({
            unit: fc.option(fc.constantFrom(...unitIds), { freq: 5 }),
            active: fc.double({ min: 0, max: 1, noNaN: true }),
            lead: fc.double({ min: 0, max: 1, noNaN: true }),
            trained: fc.boolean(),
          })
          .map(
            ({ unit, active, lead, trained }): PlanningPerson => ({
              id: `person-${pad(index, 3)}`,
              fullName: `Cán bộ ${index}`,
              unitId: unit,
              active: active < 0.92,
              mayLead: lead < 0.35,
              auditorTrained: trained,
              createdOrder: index,
            }),
          );
      const auditArb = fc.record({
        unitId: fc.constantFrom(...unitIds),
        kind: fc.constantFrom('CCHC' as const, 'ISO' as const),
        year: fc.integer({ min: YEAR - Math.max(historyYears, 1), max: YEAR - 1 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        leader: fc.option(fc.nat(), { nil: null }),
      });
      return fc.record({
        units: fc.constant(units),
        people: fc.integer({ min: 0, max: units.length * 3 + 12 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => personArb(i)))),
        auditSeeds: fc.array(auditArb, { maxLength: units.length * historyYears * 2 }),
        risks: fc.array(
          fc.record({ unitId: fc.constantFrom(...unitIds), openMajorNonconformities: fc.nat(3), overdueCorrectiveActions: fc.nat(3) }),
          { maxLength: 10 },
        ),
        holidayDays: fc.uniqueArray(fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ month, day }) => `${pad(month)}-${pad(day)}`), { maxLength: 15 }),
        settings,
      });
    })
    .map(
      (ward): WardShape => ({
        units: ward.units,
        people: ward.people,
        risks: ward.risks,
        holidayDays: ward.holidayDays,
        settings: ward.settings,
        audits: ward.auditSeeds.map((seed) => ({
          unitId: seed.unitId,
          kind: seed.kind,
          date: `${seed.year}-${pad(seed.month)}-${pad(seed.day)}`,
          leaderPersonId: seed.leader === null || ward.people.length === 0 ? null : ward.people[seed.leader % ward.people.length]!.id,
        })),
      }),
    );

const holidaysOf = (ward: WardShape, year: number): PlanningHoliday[] => ward.holidayDays.map((day) => ({ date: `${year}-${day}`, name: `Ngày nghỉ ${day}` }));

const inputOf = (ward: WardShape, year = YEAR, audits = ward.audits): PlanningInput => ({
  year,
  units: ward.units,
  people: ward.people,
  history: { audits, risks: ward.risks },
  holidays: holidaysOf(ward, year),
  settings: ward.settings,
});

/* ---------- Independent statements of the rules ---------- */

const atLeast = (percent: number, total: number) => Math.ceil((percent * total) / 100 - 1e-9);

function lastIsoYear(audits: PastAudit[], unitId: string, year: number): number | null {
  const years = audits.filter((a) => a.unitId === unitId && a.kind === 'ISO' && Number(a.date.slice(0, 4)) < year).map((a) => Number(a.date.slice(0, 4)));
  return years.length ? Math.max(...years) : null;
}

const distinctUnits = (entries: GeneratedEntry[], kind: 'CCHC' | 'ISO') => new Set(entries.filter((e) => e.kind === kind).map((e) => e.unitId));

function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Targets 1.2 and 7.2.3 and the rotation deadline, over active units of the right scope, each once per kind. */
function expectTargetsMet(ward: WardShape, entries: GeneratedEntry[]): void {
  const cchcScope = ward.units.filter((u) => u.active && u.inCchcScope);
  const isoScope = ward.units.filter((u) => u.active && u.isoApplying);
  const cchcPlanned = distinctUnits(entries, 'CCHC');
  const isoPlanned = distinctUnits(entries, 'ISO');
  expect(cchcScope.filter((u) => cchcPlanned.has(u.id)).length).toBeGreaterThanOrEqual(atLeast(ward.settings.cchcCoveragePercent, cchcScope.length));
  expect(isoScope.filter((u) => isoPlanned.has(u.id)).length).toBeGreaterThanOrEqual(atLeast(ward.settings.isoSharePercent, isoScope.length));
  for (const unit of isoScope) {
    const last = lastIsoYear(ward.audits, unit.id, YEAR);
    if (last !== null && YEAR - last >= ward.settings.isoRotationYears) expect(isoPlanned.has(unit.id), `${unit.id} last evaluated ${last}`).toBe(true);
  }
  for (const entry of entries) {
    const unit = ward.units.find((u) => u.id === entry.unitId)!;
    expect(unit.active).toBe(true);
    expect(entry.kind === 'CCHC' ? unit.inCchcScope : unit.isoApplying).toBe(true);
  }
  expect(cchcPlanned.size + isoPlanned.size).toBe(entries.length);
}

/** Nobody inspects their own unit; one Trưởng đoàn who may lead; the set team size; trained ISO auditors. */
function expectIndependentTeams(ward: WardShape, entries: GeneratedEntry[]): void {
  const people = new Map(ward.people.map((p) => [p.id, p]));
  for (const entry of entries) {
    expect(entry.team).toHaveLength(ward.settings.inspectionTeamSize);
    const leaders = entry.team.filter((m) => m.role === 'truong_doan');
    expect(leaders).toHaveLength(1);
    expect(people.get(leaders[0]!.personId)?.mayLead).toBe(true);
    for (const member of entry.team) {
      const person = people.get(member.personId)!;
      expect(person.active).toBe(true);
      expect(person.unitId).not.toBe(entry.unitId);
      if (entry.kind === 'ISO' && ward.settings.isoTeamRequiresTrainedAuditors) expect(person.auditorTrained).toBe(true);
    }
  }
}

function expectNoDoubleBooking(entries: GeneratedEntry[]): void {
  const bookings = entries.flatMap((e) => e.team.map((m) => `${e.date}|${m.personId}`));
  expect(new Set(bookings).size).toBe(bookings.length);
  const visits = entries.map((e) => `${e.date}|${e.unitId}`);
  expect(new Set(visits).size).toBe(visits.length);
}

function expectWorkingDaysOnly(ward: WardShape, entries: GeneratedEntry[]): void {
  const holidays = new Set(holidaysOf(ward, YEAR).map((h) => h.date));
  for (const { date } of entries) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    expect(date.startsWith(`${YEAR}-`)).toBe(true);
    expect(weekday === 0 || weekday === 6, `${date} is a weekend day`).toBe(false);
    expect(holidays.has(date), `${date} is a holiday`).toBe(false);
    expect(ward.settings.schedulingMonths).toContain(Number(date.slice(5, 7)));
  }
}

function expectExplained(result: { ok: false; reasons: LocalizedText[] }): void {
  expect(result.reasons.length).toBeGreaterThan(0);
  for (const reason of result.reasons) expect(localize(reason)).toMatch(/^[\p{Lu}].{20,}[.]$/u);
  expect(result).not.toHaveProperty('entries');
}

/* ---------- Properties ---------- */

describe('programme generator over random wards', () => {
  it('meets the CCHC and ISO targets and the rotation deadline, or explains why it cannot', () => {
    let produced = 0;
    fc.assert(
      fc.property(wardArb(), (ward) => {
        const result = generateProgramme(inputOf(ward));
        if (!result.ok) return expectExplained(result);
        produced++;
        expectTargetsMet(ward, result.entries);
      }),
      { numRuns: 150 },
    );
    expect(produced).toBeGreaterThan(20);
  });

  it('never lets anyone inspect their own unit, and every team has one Trưởng đoàn who may lead and the set size', () => {
    let produced = 0;
    fc.assert(
      fc.property(wardArb(), (ward) => {
        const result = generateProgramme(inputOf(ward));
        if (!result.ok) return expectExplained(result);
        produced++;
        expectIndependentTeams(ward, result.entries);
      }),
      { numRuns: 150 },
    );
    expect(produced).toBeGreaterThan(20);
  });

  it('books nobody twice on one day and visits a unit at most once a day', () => {
    let produced = 0;
    fc.assert(
      fc.property(wardArb(), (ward) => {
        const result = generateProgramme(inputOf(ward));
        if (!result.ok) return expectExplained(result);
        produced++;
        expectNoDoubleBooking(result.entries);
      }),
      { numRuns: 150 },
    );
    expect(produced).toBeGreaterThan(20);
  });

  it('schedules on working days of the scheduling months only: no weekend, no holiday', () => {
    let produced = 0;
    fc.assert(
      fc.property(wardArb(), (ward) => {
        const result = generateProgramme(inputOf(ward));
        if (!result.ok) return expectExplained(result);
        produced++;
        expectWorkingDaysOnly(ward, result.entries);
      }),
      { numRuns: 150 },
    );
    expect(produced).toBeGreaterThan(20);
  });

  it('keeps every rule, or explains why it cannot, when one or two scheduling months force several teams a day', () => {
    const tight = settingsArb.map((s) => ({ ...s, schedulingMonths: s.schedulingMonths.slice(0, 1 + (s.inspectionTeamSize % 2)) }));
    let produced = 0;
    fc.assert(
      fc.property(wardArb(tight), (ward) => {
        const result = generateProgramme(inputOf(ward));
        if (!result.ok) return expectExplained(result);
        produced++;
        expectTargetsMet(ward, result.entries);
        expectIndependentTeams(ward, result.entries);
        expectNoDoubleBooking(result.entries);
        expectWorkingDaysOnly(ward, result.entries);
      }),
      { numRuns: 150 },
    );
    expect(produced).toBeGreaterThan(10);
  });

  it('is deterministic: the same inputs, in any order, give the same programme', () => {
    let produced = 0;
    fc.assert(
      fc.property(wardArb(), fc.integer({ min: 1, max: 1_000_000 }), (ward, seed) => {
        const first = generateProgramme(inputOf(ward));
        const again = generateProgramme(inputOf(ward));
        const reordered = generateProgramme({
          ...inputOf(ward),
          units: shuffled(ward.units, seed),
          people: shuffled(ward.people, seed + 1),
          history: { audits: shuffled(ward.audits, seed + 2), risks: ward.risks },
          holidays: shuffled(holidaysOf(ward, YEAR), seed + 3),
        });
        if (first.ok) produced++;
        expect(again).toEqual(first);
        expect(reordered).toEqual(first);
      }),
      { numRuns: 100 },
    );
    expect(produced).toBeGreaterThan(15);
  });

  it('evaluates every ISO unit at least once in a 4-year simulation that feeds each year back as history', () => {
    const fourYears = settingsArb.map((s) => ({ ...s, isoRotationYears: 4 }));
    let simulated = 0;
    fc.assert(
      fc.property(wardArb(fourYears), (ward) => {
        let audits = ward.audits;
        const evaluated = new Set<string>();
        for (let year = YEAR; year < YEAR + 4; year++) {
          const result = generateProgramme(inputOf(ward, year, audits));
          if (!result.ok) return;
          for (const entry of result.entries) {
            if (entry.kind === 'ISO') evaluated.add(entry.unitId);
          }
          audits = [...audits, ...result.entries.map((e) => ({ unitId: e.unitId, kind: e.kind, date: e.date, leaderPersonId: e.team[0]!.personId }))];
        }
        simulated++;
        for (const unit of ward.units.filter((u) => u.active && u.isoApplying)) expect(evaluated.has(unit.id), unit.id).toBe(true);
      }),
      { numRuns: 120 },
    );
    expect(simulated).toBeGreaterThan(10);
  });
});

/* ---------- Chosen cases ---------- */

const baseSettings: PlanningSettings = {
  cchcCoveragePercent: 100,
  isoSharePercent: 25,
  isoRotationYears: 4,
  schedulingMonths: [3, 4, 5, 6, 7, 8, 9, 10, 11],
  inspectionTeamSize: 3,
  isoTeamRequiresTrainedAuditors: true,
  isoRiskPullForwardYears: 1,
  isoFirstEvaluationWithinYears: 1,
};

const makeUnits = (count: number, overrides: Partial<PlanningUnit> = {}): PlanningUnit[] =>
  Array.from({ length: count }, (_, i) => ({ id: `u${pad(i)}`, code: `P${pad(i)}`, name: `Phòng số ${i + 1}`, registeredYear: YEAR - 1, sortOrder: i, active: true, inCchcScope: true, isoApplying: true, ...overrides }));

/** Independent staff: nobody belongs to an inspected unit, everyone may lead and is trained. */
const freeStaff = (count: number): PlanningPerson[] =>
  Array.from({ length: count }, (_, i) => ({ id: `p${pad(i)}`, fullName: `Cán bộ ${i + 1}`, unitId: null, active: true, mayLead: true, auditorTrained: true, createdOrder: i }));

const generated = (overrides: Partial<PlanningInput>) =>
  generateProgramme({ year: YEAR, units: makeUnits(4), people: freeStaff(6), history: { audits: [], risks: [] }, holidays: [], settings: baseSettings, ...overrides });

/** The generator's result, with the reasons it gives as the Vietnamese user reads them. */
const plan = (overrides: Partial<PlanningInput>) => {
  const result = generated(overrides);
  return result.ok ? result : { ok: false as const, reasons: result.reasons.map((reason) => localize(reason)) };
};

describe('programme generator on chosen wards', () => {
  it('chooses ISO units never evaluated first, then the longest waiting, with risk pulling a unit forward', () => {
    const units = makeUnits(8);
    const audits: PastAudit[] = units.slice(0, 7).map((u, i) => ({ unitId: u.id, kind: 'ISO', date: i === 5 ? '2025-05-05' : '2024-05-05', leaderPersonId: null }));
    const risks: UnitRisk[] = [{ unitId: 'u05', openMajorNonconformities: 2, overdueCorrectiveActions: 1 }];
    const result = plan({ units, people: freeStaff(9), history: { audits, risks }, settings: { ...baseSettings, isoRiskPullForwardYears: 1 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const iso = result.entries.filter((e) => e.kind === 'ISO');
    // 25% of 8 is 2: u07 was never evaluated; u05 was evaluated last year but carries two risk factors (1 + 2 > 2 years).
    expect(iso.map((e) => [e.unitId, e.selection.reason])).toEqual([
      ['u07', 'neverEvaluated'],
      ['u05', 'risk'],
    ]);
    const withoutRisk = plan({ units, people: freeStaff(9), history: { audits, risks: [] } });
    expect(withoutRisk.ok && withoutRisk.entries.filter((e) => e.kind === 'ISO').map((e) => e.unitId)).toEqual(['u07', 'u00']);
  });

  it('warns, without refusing, when the only possible leader led the same unit the year before', () => {
    const units = makeUnits(1, { isoApplying: false });
    const people: PlanningPerson[] = [
      { id: 'leader', fullName: 'Trần Văn Lãnh', unitId: null, active: true, mayLead: true, auditorTrained: true, createdOrder: 99 },
      ...freeStaff(2).map((p) => ({ ...p, mayLead: false })),
    ];
    const result = plan({ units, people, history: { audits: [{ unitId: 'u00', kind: 'CCHC', date: '2025-06-10', leaderPersonId: 'leader' }], risks: [] } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => [w.code, w.severity])).toEqual([['leaderRepeat', 'warning']]);
    expect(result.warnings[0]!.message).toBe(
      'Phòng số 1 (CCHC): Trần Văn Lãnh đã làm Trưởng đoàn kiểm tra đơn vị này năm 2025; nên đổi người để bảo đảm khách quan.',
    );
  });

  it('prefers a leader who did not lead the unit the year before', () => {
    const units = makeUnits(1, { isoApplying: false });
    const result = plan({ units, people: freeStaff(4), history: { audits: [{ unitId: 'u00', kind: 'CCHC', date: '2025-06-10', leaderPersonId: 'p00' }], risks: [] } });
    expect(result.ok && result.entries[0]!.team[0]).toEqual({ personId: 'p01', role: 'truong_doan' });
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('balances the load: with everyone eligible, nobody has more than one inspection above anyone else', () => {
    const result = plan({ units: makeUnits(30), people: freeStaff(13) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const load = new Map<string, number>();
    for (const member of result.entries.flatMap((e) => e.team)) load.set(member.personId, (load.get(member.personId) ?? 0) + 1);
    expect(load.size).toBe(13);
    expect(Math.max(...load.values()) - Math.min(...load.values())).toBeLessThanOrEqual(1);
  });

  it('spreads the inspections over the working months', () => {
    const result = plan({ units: makeUnits(18, { isoApplying: false }), people: freeStaff(6) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const perMonth = new Map<number, number>();
    for (const entry of result.entries) perMonth.set(Number(entry.date.slice(5, 7)), (perMonth.get(Number(entry.date.slice(5, 7))) ?? 0) + 1);
    expect([...perMonth.keys()].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const count of perMonth.values()) expect(count).toBeGreaterThanOrEqual(1);
    for (const count of perMonth.values()) expect(count).toBeLessThanOrEqual(3);
  });
});

describe('impossible requests get a clear explanation and no programme', () => {
  it('more inspections than the working days can hold', () => {
    const holidays = Array.from({ length: 19 }, (_, i) => ({ date: `${YEAR}-03-${pad(i + 2)}`, name: 'Nghỉ' }));
    const result = plan({ units: makeUnits(30), people: freeStaff(3), holidays, settings: { ...baseSettings, schedulingMonths: [3] } });
    expect(result).toEqual({
      ok: false,
      reasons: [
        'Cần 60 cuộc kiểm tra nhưng chỉ có 7 ngày làm việc trong các tháng xếp lịch, mỗi ngày tối đa 1 đoàn (theo số Trưởng đoàn và số cán bộ), tức tối đa 7 cuộc. Hãy thêm tháng xếp lịch, thêm cán bộ hoặc giảm số người mỗi đoàn.',
      ],
    });
  });

  it('no eligible leader for a unit', () => {
    const people: PlanningPerson[] = [
      { id: 'a', fullName: 'Lê Thị A', unitId: 'u00', active: true, mayLead: true, auditorTrained: true, createdOrder: 99 },
      ...freeStaff(3).map((p) => ({ ...p, mayLead: false })),
    ];
    const result = plan({ units: makeUnits(1, { isoApplying: false }), people });
    expect(result).toEqual({
      ok: false,
      reasons: ['Không có Trưởng đoàn phù hợp để kiểm tra CCHC Phòng số 1: cần một cán bộ được làm Trưởng đoàn và không thuộc đơn vị này.'],
    });
  });

  it('nobody may lead at all, and too few people', () => {
    const result = plan({ people: freeStaff(2).map((p) => ({ ...p, mayLead: false })) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reasons).toEqual([
      'Chưa có cán bộ đang hoạt động nào được phép làm Trưởng đoàn. Hãy đánh dấu "Được làm Trưởng đoàn" cho ít nhất một cán bộ trong danh bạ.',
      'Mỗi đoàn cần 3 người nhưng danh bạ chỉ có 2 cán bộ đang hoạt động.',
    ]);
  });

  it('no working day left in the scheduling months', () => {
    const februaryWorkdays = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17', '18', '19', '20', '23', '24', '25', '26', '27'];
    const holidays = februaryWorkdays.map((day) => ({ date: `${YEAR}-02-${day}`, name: 'Tết' }));
    const result = plan({ holidays, settings: { ...baseSettings, schedulingMonths: [2] } });
    expect(!result.ok && result.reasons).toEqual([
      'Năm 2026 không có ngày làm việc nào trong các tháng xếp lịch (tháng 2) sau khi trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.',
    ]);
  });

  it('gives its reasons in English too', async () => {
    await loadLanguage('en');
    const result = generated({ units: makeUnits(1), people: freeStaff(5).map((p, i) => ({ ...p, auditorTrained: i < 2 })) });
    expect(!result.ok && result.reasons.map((reason) => localize(reason, 'en'))).toEqual([
      'Not enough people for the ISO evaluation team of Phòng số 1: it needs 3 staff not from this unit, trained as internal auditors, there are only 2.',
    ]);
  });

  it('ISO teams need trained auditors from other units', () => {
    const people = freeStaff(5).map((p, i) => ({ ...p, auditorTrained: i < 2 }));
    const result = plan({ units: makeUnits(1), people });
    expect(!result.ok && result.reasons).toEqual([
      'Không đủ người cho đoàn đánh giá ISO Phòng số 1: cần 3 cán bộ không thuộc đơn vị này, đã được đào tạo đánh giá viên nội bộ, hiện chỉ có 2.',
    ]);
  });

  it('nothing to plan', () => {
    expect(plan({ units: makeUnits(3, { active: false }) })).toEqual({
      ok: false,
      reasons: ['Không có đơn vị nào cần kiểm tra: chưa có đơn vị đang hoạt động thuộc phạm vi kiểm tra CCHC hoặc áp dụng ISO 9001.'],
    });
  });
});
