import { describe, expect, it } from 'vitest';
import { rotationEnds } from '../../electron/backend/modules/programme/planning/isoObligations';
import { selectCchcUnits, selectIsoUnits } from '../../electron/backend/modules/programme/planning/selectUnits';
import type { UnitHistory } from '../../electron/backend/modules/programme/planning/unitHistory';
import type { PlanningSettings, PlanningUnit } from '../../electron/backend/modules/programme/planning/planningTypes';
import { workingDaysOf } from '../../electron/backend/modules/programme/planning/workingDays';
import { requiredCount } from '../../electron/backend/modules/programme/planning/requiredCount';
import { planningSettings } from '../support/fixtures/planning';

const YEAR = 2026;
const settings: PlanningSettings = planningSettings;

const unit = (id: string, sortOrder: number, overrides: Partial<PlanningUnit> = {}): PlanningUnit => ({
  id,
  code: id.toUpperCase(),
  name: `Phòng ${id}`,
  registeredYear: 2020,
  sortOrder,
  active: true,
  inCchcScope: true,
  isoApplying: true,
  ...overrides,
});

interface Past {
  cchc?: number;
  iso?: number;
  majors?: number;
  overdue?: number;
}
const histories = (entries: Record<string, Past>) =>
  new Map<string, UnitHistory>(
    Object.entries(entries).map(([id, past]) => [
      id,
      {
        lastYear: { CCHC: past.cchc ?? null, ISO: past.iso ?? null },
        leadersLastYear: new Set<string>(),
        openMajorNonconformities: past.majors ?? 0,
        overdueCorrectiveActions: past.overdue ?? 0,
      },
    ]),
  );

const picked = (selected: ReturnType<typeof selectCchcUnits>) => selected.map((s) => [s.unit.id, s.note.reason]);

describe('choosing the units to inspect', () => {
  it('CCHC at 100%: every active unit in scope, in registry order, and nothing else', () => {
    const units = [unit('c', 3), unit('a', 1), unit('off', 0, { active: false }), unit('out', 2, { inCchcScope: false }), unit('b', 2)];
    const selected = selectCchcUnits(units, histories({ a: { cchc: 2025 } }), YEAR, settings);
    expect(picked(selected)).toEqual([
      ['a', 'inScope'],
      ['b', 'inScope'],
      ['c', 'inScope'],
    ]);
    expect(selected[0]!.note).toEqual({ kind: 'CCHC', unitId: 'a', reason: 'inScope', lastYear: 2025, openMajorNonconformities: 0, overdueCorrectiveActions: 0 });
  });

  it('CCHC below 100%: never inspected first (riskier first), then the longest waiting, risk counting as extra years', () => {
    const units = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => unit(id, i));
    const past = histories({ a: { cchc: 2025 }, b: { cchc: 2022 }, c: { cchc: 2024, majors: 1, overdue: 2 }, e: { overdue: 1 } });
    // a waited 1 year, b 4, c 2 + 3 risks of one year each = 5, d and f never, e never with risk.
    const all = selectCchcUnits(units, past, YEAR, { ...settings, cchcCoveragePercent: 80 });
    expect(picked(all)).toEqual([
      ['e', 'neverEvaluated'],
      ['d', 'neverEvaluated'],
      ['f', 'neverEvaluated'],
      ['c', 'risk'],
      ['b', 'longestSince'],
    ]);
    expect(all[3]!.note).toMatchObject({ lastYear: 2024, openMajorNonconformities: 1, overdueCorrectiveActions: 2 });
    expect(picked(selectCchcUnits(units, past, YEAR, { ...settings, cchcCoveragePercent: 50 }))).toEqual([
      ['e', 'neverEvaluated'],
      ['d', 'neverEvaluated'],
      ['f', 'neverEvaluated'],
    ]);
    // Without the pull, risk is only a note: c waits behind b and a is last.
    const noPull = selectCchcUnits(units, past, YEAR, { ...settings, cchcCoveragePercent: 80, isoRiskPullForwardYears: 0 });
    expect(picked(noPull).slice(3)).toEqual([
      ['b', 'longestSince'],
      ['c', 'longestSince'],
    ]);
    expect(selectCchcUnits(units, past, YEAR, { ...settings, cchcCoveragePercent: 0 })).toEqual([]);
  });

  it('ISO: every unit whose rotation ends this year, the share, and an even pace', () => {
    const units = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, i) => unit(id, i, { inCchcScope: false }));
    // a is due (evaluated 4 years ago); b to h were evaluated in 2023, so all seven fall due within two years.
    const past = histories(Object.fromEntries(units.map((u): [string, Past] => [u.id, { iso: u.id === 'a' ? 2022 : 2023 }])));
    expect(units.filter((u) => rotationEnds(past.get(u.id)!.lastYear.ISO, YEAR, 4)).map((u) => u.id)).toEqual(['a']);
    expect(units.filter((u) => rotationEnds(past.get(u.id)!.lastYear.ISO, YEAR, 5))).toEqual([]);
    const selected = selectIsoUnits(units, past, YEAR, settings);
    // Share: 2 of 8; even pace: 8 units due within 2 years → 4 a year.
    expect(picked(selected)).toEqual([
      ['a', 'rotationDue'],
      ['b', 'longestSince'],
      ['c', 'longestSince'],
      ['d', 'longestSince'],
    ]);
    const fresh = histories(Object.fromEntries(units.map((u) => [u.id, { iso: 2025 }])));
    expect(selectIsoUnits(units, fresh, YEAR, settings)).toHaveLength(2);
    // Never evaluated since they entered the registry in 2020: each is due its first evaluation, whatever the share.
    expect(selectIsoUnits(units, new Map(), YEAR, settings)).toHaveLength(8);
    expect(selectIsoUnits(units, new Map(), YEAR, { ...settings, isoSharePercent: 100 })).toHaveLength(8);
    expect(selectIsoUnits([unit('x', 0, { isoApplying: false }), unit('y', 1, { active: false })], new Map(), YEAR, settings)).toEqual([]);
  });

  it('ISO: the longest overdue first among units whose rotation has ended', () => {
    const units = ['a', 'b', 'c'].map((id, i) => unit(id, i));
    const past = histories({ a: { iso: 2021 }, b: { iso: 2019 }, c: { iso: 2020 } });
    expect(picked(selectIsoUnits(units, past, YEAR, settings))).toEqual([
      ['b', 'rotationDue'],
      ['c', 'rotationDue'],
      ['a', 'rotationDue'],
    ]);
  });
});

describe('working days and counts', () => {
  it('lists the working days of the chosen months, without weekends and holidays', () => {
    const days = workingDaysOf(YEAR, [2], new Set(['2026-02-16', '2026-02-17']));
    expect(days[0]).toBe('2026-02-02');
    expect(days.at(-1)).toBe('2026-02-27');
    expect(days).toHaveLength(18);
    expect(days).not.toContain('2026-02-07');
    expect(days).not.toContain('2026-02-08');
    expect(days).not.toContain('2026-02-16');
    expect(workingDaysOf(YEAR, [12], new Set()).at(-1)).toBe('2026-12-31');
    expect(workingDaysOf(YEAR, [1], new Set())[0]).toBe('2026-01-01');
  });

  it('rounds the share up, never below zero', () => {
    expect(requiredCount(25, 5)).toBe(2);
    expect(requiredCount(25, 4)).toBe(1);
    expect(requiredCount(100, 7)).toBe(7);
    expect(requiredCount(0, 7)).toBe(0);
    expect(requiredCount(1, 1)).toBe(1);
  });
});
