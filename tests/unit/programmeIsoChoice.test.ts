import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planningSettingsOf } from '../../electron/backend/modules/programme/loadPlanning';
import { generateProgramme } from '../../electron/backend/modules/programme/planning/generateProgramme';
import { appSettingsSchema } from '../../electron/shared/contract/organization';
import type { GeneratedEntry, PastAudit, PlanningInput, PlanningPerson, PlanningSettings, PlanningUnit, UnitRisk } from '../../electron/backend/modules/programme/planning/planningTypes';
import { selectIsoUnits } from '../../electron/backend/modules/programme/planning/selectUnits';
import { summariseHistory } from '../../electron/backend/modules/programme/planning/unitHistory';

const YEAR = 2027;
const two = (n: number) => String(n).padStart(2, '0');

/* ---------- A random ward's ISO registry and history ---------- */

interface IsoWard {
  units: PlanningUnit[];
  audits: PastAudit[];
  risks: UnitRisk[];
  settings: PlanningSettings;
}

const isoSettingsArb: fc.Arbitrary<PlanningSettings> = fc.record({
  cchcCoveragePercent: fc.constant(100),
  isoSharePercent: fc.oneof(fc.constant(25), fc.integer({ min: 0, max: 100 })),
  isoRotationYears: fc.oneof(fc.constant(4), fc.integer({ min: 1, max: 6 })),
  schedulingMonths: fc.constant([3, 4, 5, 6, 7, 8, 9, 10, 11]),
  inspectionTeamSize: fc.constant(3),
  isoTeamRequiresTrainedAuditors: fc.boolean(),
  isoRiskPullForwardYears: fc.integer({ min: 0, max: 3 }),
  isoFirstEvaluationWithinYears: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 5 })),
});

/** 1–25 units, some inactive, out of the CCHC scope or not applying ISO, each last evaluated 1–8 years ago or never, some carrying risk. */
const isoWardArb: fc.Arbitrary<IsoWard> = fc
  .array(
    fc.record({
      active: fc.double({ min: 0, max: 1, noNaN: true }),
      iso: fc.double({ min: 0, max: 1, noNaN: true }),
      inScope: fc.boolean(),
      registeredAgo: fc.integer({ min: 0, max: 6 }),
      lastIsoAgo: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
      majors: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 })),
      overdue: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 })),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .chain((shapes) =>
    isoSettingsArb.map((settings): IsoWard => {
      const units = shapes.map(
        (shape, i): PlanningUnit => ({
          id: `unit-${two(i)}`,
          code: `DV${two(i)}`,
          name: `Đơn vị ${two(i)}`,
          sortOrder: i,
          active: shape.active < 0.9,
          inCchcScope: shape.inScope,
          isoApplying: shape.iso < 0.85,
          registeredYear: YEAR - shape.registeredAgo,
        }),
      );
      return {
        units,
        audits: shapes.flatMap((shape, i) => (shape.lastIsoAgo === null ? [] : [{ unitId: units[i]!.id, kind: 'ISO' as const, date: `${YEAR - shape.lastIsoAgo}-06-1${i % 10}`, leaderPersonId: null }])),
        risks: shapes.flatMap((shape, i) => (shape.majors + shape.overdue === 0 ? [] : [{ unitId: units[i]!.id, openMajorNonconformities: shape.majors, overdueCorrectiveActions: shape.overdue }])),
        settings,
      };
    }),
  );

const chosen = (ward: IsoWard, risks = ward.risks) =>
  selectIsoUnits(ward.units, summariseHistory({ audits: ward.audits, risks }, YEAR), YEAR, ward.settings);

const lastIso = (ward: IsoWard, unitId: string) => {
  const years = ward.audits.filter((a) => a.unitId === unitId).map((a) => Number(a.date.slice(0, 4)));
  return years.length ? Math.max(...years) : null;
};
const majorsOf = (ward: IsoWard, unitId: string) => ward.risks.filter((r) => r.unitId === unitId).reduce((sum, r) => sum + r.openMajorNonconformities, 0);
const isoScope = (ward: IsoWard) => ward.units.filter((u) => u.active && u.isoApplying);
const firstDeadline = (ward: IsoWard, unit: PlanningUnit) => unit.registeredYear + ward.settings.isoFirstEvaluationWithinYears - 1;

/** The units the rules say may not wait: rotation over, first evaluation due, or open major nonconformities. */
const mustBeEvaluated = (ward: IsoWard) =>
  isoScope(ward).filter((unit) => {
    const last = lastIso(ward, unit.id);
    if (last !== null && YEAR - last >= ward.settings.isoRotationYears) return true;
    if (last === null && YEAR >= firstDeadline(ward, unit)) return true;
    return majorsOf(ward, unit.id) > 0;
  });

describe('the ISO list over random registries and histories', () => {
  it('holds every unit whose rotation ends, every never-evaluated unit whose wait is over, and every unit with open major nonconformities', () => {
    fc.assert(
      fc.property(isoWardArb, (ward) => {
        const ids = new Set(chosen(ward).map((s) => s.unit.id));
        for (const unit of mustBeEvaluated(ward)) expect(ids.has(unit.id), `${unit.code} must be evaluated`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the share as a minimum, never as a cap, and only active ISO-applying units, each once', () => {
    fc.assert(
      fc.property(isoWardArb, (ward) => {
        const selection = chosen(ward);
        const scope = isoScope(ward);
        const share = Math.ceil((ward.settings.isoSharePercent * scope.length) / 100 - 1e-9);
        expect(selection.length).toBeGreaterThanOrEqual(Math.min(scope.length, Math.max(share, mustBeEvaluated(ward).length)));
        expect(new Set(selection.map((s) => s.unit.id)).size).toBe(selection.length);
        for (const { unit, note } of selection) {
          expect(unit.active && unit.isoApplying).toBe(true);
          expect(note).toMatchObject({ kind: 'ISO', unitId: unit.id, lastYear: lastIso(ward, unit.id) });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pulls a unit forward with each open major nonconformity or overdue corrective action: more risk never drops a chosen unit', () => {
    fc.assert(
      fc.property(isoWardArb, fc.nat(), fc.integer({ min: 1, max: 3 }), (ward, pick, extra) => {
        const before = chosen(ward);
        if (before.length === 0) return;
        const unitId = before[pick % before.length]!.unit.id;
        const riskier = [...ward.risks, { unitId, openMajorNonconformities: 0, overdueCorrectiveActions: extra }];
        expect(chosen(ward, riskier).map((s) => s.unit.id)).toContain(unitId);
      }),
      { numRuns: 300 },
    );
  });

  it('says why each unit was chosen, with the rule that put it first', () => {
    fc.assert(
      fc.property(isoWardArb, (ward) => {
        for (const { unit, note } of chosen(ward)) {
          const last = lastIso(ward, unit.id);
          if (last !== null && YEAR - last >= ward.settings.isoRotationYears) expect(note.reason).toBe('rotationDue');
          else if (last === null && YEAR >= firstDeadline(ward, unit)) expect(note.reason).toBe('neverEvaluated');
          else if (majorsOf(ward, unit.id) > 0) expect(note.reason).toBe('risk');
          else if (last === null) expect(note.reason).toBe('neverEvaluated');
          else expect(['risk', 'longestSince']).toContain(note.reason);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/* ---------- The whole programme: no unit left behind, and the same programme in any store ---------- */

/** Enough independent, trained staff for any of these wards, named as a ward's staff list would be. */
const givenNames = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Thảo'];
const staffOf = (count: number, idOf: (i: number) => string): PlanningPerson[] =>
  Array.from({ length: count }, (_, i) => ({
    id: idOf(i),
    // Two people share each name, so ties between equal names must fall to the order the records were created in.
    fullName: `Nguyễn Văn ${givenNames[Math.floor(i / 2) % givenNames.length]!}`,
    unitId: null,
    active: true,
    mayLead: i % 3 !== 2,
    auditorTrained: true,
    createdOrder: i + 1,
  }));

const programmeInput = (ward: IsoWard, people: PlanningPerson[]): PlanningInput => ({
  year: YEAR,
  units: ward.units,
  people,
  history: { audits: ward.audits, risks: ward.risks },
  holidays: [],
  settings: ward.settings,
});

describe('the whole programme', () => {
  it('never leaves a unit with an open major nonconformity without a check: it is evaluated (or inspected, if it does not apply ISO) or the rule list names it', () => {
    let produced = 0;
    fc.assert(
      fc.property(isoWardArb, (ward) => {
        const result = generateProgramme(programmeInput(ward, staffOf(12, (i) => `p${two(i)}`)));
        // The staff suffices for any of these wards: the only refusal left is a ward with nothing to plan.
        if (!result.ok) {
          expect(ward.units.some((u) => u.active && (u.inCchcScope || u.isoApplying))).toBe(false);
          return;
        }
        produced++;
        const evaluated = new Set(result.entries.filter((e) => e.kind === 'ISO').map((e) => e.unitId));
        const inspected = new Set(result.entries.filter((e) => e.kind === 'CCHC').map((e) => e.unitId));
        const named = new Set(result.warnings.filter((w) => w.code === 'openMajorUnchecked').map((w) => w.params.unit));
        for (const unit of ward.units.filter((u) => u.active && majorsOf(ward, u.id) > 0)) {
          expect(evaluated.has(unit.id) || (!unit.isoApplying && inspected.has(unit.id)) || named.has(unit.name), `${unit.code}`).toBe(true);
          if (unit.isoApplying) expect(evaluated.has(unit.id)).toBe(true);
        }
        const waiting = new Set(result.warnings.filter((w) => w.code === 'isoFirstEvaluationWaiting').map((w) => w.params.unit));
        for (const unit of isoScope(ward).filter((u) => lastIso(ward, u.id) === null && !evaluated.has(u.id))) {
          expect(YEAR).toBeLessThan(firstDeadline(ward, unit));
          expect(waiting.has(unit.name), `${unit.code} waits without a warning`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
    expect(produced).toBeGreaterThan(120);
  });

  it('is the same programme in two fresh stores: other random ids, other load order, same units, dates and teams', () => {
    const byStableKeys = (entries: GeneratedEntry[], units: PlanningUnit[], people: PlanningPerson[]) =>
      entries.map((entry) => ({
        kind: entry.kind,
        unit: units.find((u) => u.id === entry.unitId)!.code,
        date: entry.date,
        reason: entry.selection.reason,
        team: entry.team.map((m) => {
          const person = people.find((p) => p.id === m.personId)!;
          return `${m.role}:${person.fullName}#${person.createdOrder}`;
        }),
      }));
    fc.assert(
      fc.property(isoWardArb, fc.integer({ min: 4, max: 14 }), fc.uniqueArray(fc.uuid(), { minLength: 14, maxLength: 14 }), (ward, staffCount, otherIds) => {
        const firstStore = staffOf(staffCount, (i) => `p${two(i)}`);
        // The second store gave the same people other random ids, loaded in another order.
        const secondStore = staffOf(staffCount, (i) => otherIds[i]!).reverse();
        const first = generateProgramme(programmeInput(ward, firstStore));
        const second = generateProgramme(programmeInput(ward, secondStore));
        expect(second.ok).toBe(first.ok);
        if (!first.ok || !second.ok) return;
        expect(byStableKeys(second.entries, ward.units, secondStore)).toEqual(byStableKeys(first.entries, ward.units, firstStore));
      }),
      { numRuns: 150 },
    );
  });
});

/* ---------- The case from the issue ---------- */

describe('seven ISO units, one whose rotation ends and two never evaluated', () => {
  const units: PlanningUnit[] = ['VP', 'KT', 'VHXH', 'PVHCC', 'DVTH', 'BQLDA', 'TYT'].map((code, i) => ({
    id: `u-${code}`,
    code,
    name: `Đơn vị ${code}`,
    sortOrder: i,
    active: true,
    inCchcScope: i < 4,
    isoApplying: true,
    registeredYear: 2024,
  }));
  const audits: PastAudit[] = [
    { unitId: 'u-VP', kind: 'ISO', date: '2023-05-10', leaderPersonId: null },
    { unitId: 'u-KT', kind: 'ISO', date: '2024-05-10', leaderPersonId: null },
    { unitId: 'u-VHXH', kind: 'ISO', date: '2025-05-10', leaderPersonId: null },
    { unitId: 'u-PVHCC', kind: 'ISO', date: '2026-05-10', leaderPersonId: null },
    { unitId: 'u-DVTH', kind: 'ISO', date: '2026-06-10', leaderPersonId: null },
  ];
  // The ward's defaults: 25% a year, a 4-year rotation, a first evaluation in the first year.
  const settings = planningSettingsOf(appSettingsSchema.parse({}));
  const plan = (overrides: Partial<PlanningSettings> = {}) =>
    generateProgramme({ year: YEAR, units, people: staffOf(9, (i) => `p${two(i)}`), history: { audits, risks: [] }, holidays: [], settings: { ...settings, ...overrides } });
  const isoOf = (result: ReturnType<typeof plan>) => (result.ok ? result.entries.filter((e) => e.kind === 'ISO').map((e) => [units.find((u) => u.id === e.unitId)!.code, e.selection.reason]) : []);

  it('plans all three, more than ceil(25% × 7) = 2', () => {
    expect(isoOf(plan())).toEqual([
      ['VP', 'rotationDue'],
      ['BQLDA', 'neverEvaluated'],
      ['TYT', 'neverEvaluated'],
    ]);
  });

  it('lets new units wait within the set years, with a warning naming each one', () => {
    const waiting = plan({ isoFirstEvaluationWithinYears: 5 });
    expect(isoOf(waiting)).toEqual([
      ['VP', 'rotationDue'],
      ['BQLDA', 'neverEvaluated'],
    ]);
    expect(waiting.ok && waiting.warnings.filter((w) => w.code === 'isoFirstEvaluationWaiting').map((w) => w.message)).toEqual([
      'Đơn vị TYT áp dụng ISO 9001 nhưng chưa được đánh giá lần nào (có trong danh mục từ năm 2024) và chưa có lịch năm 2027; phải được đánh giá chậm nhất năm 2028.',
    ]);
  });
});
