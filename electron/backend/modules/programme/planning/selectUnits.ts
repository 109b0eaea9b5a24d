import type { SelectionNote, SelectionReason } from '../../../../shared/contract/programme';
import type { AuditKind } from '../../../../shared/contract/vocabulary';
import type { PlanningSettings, PlanningUnit } from './planningTypes';
import { requiredCount } from './requiredCount';
import { historyOf } from './unitHistory';
import type { UnitHistory } from './unitHistory';
import { compareUnits } from './unitOrder';

export interface SelectedUnit {
  unit: PlanningUnit;
  note: SelectionNote;
}

interface Candidate {
  unit: PlanningUnit;
  history: UnitHistory;
  last: number | null;
  riskFactors: number;
}

const note = (kind: AuditKind, candidate: Candidate, reason: SelectionReason): SelectionNote => ({
  kind,
  unitId: candidate.unit.id,
  reason,
  lastYear: candidate.last,
  openMajorNonconformities: candidate.history.openMajorNonconformities,
  overdueCorrectiveActions: candidate.history.overdueCorrectiveActions,
});

function candidates(units: PlanningUnit[], kind: AuditKind, histories: ReadonlyMap<string, UnitHistory>): Candidate[] {
  return [...units].sort(compareUnits).map((unit) => {
    const history = historyOf(histories, unit.id);
    const riskFactors = (history.openMajorNonconformities > 0 ? 1 : 0) + (history.overdueCorrectiveActions > 0 ? 1 : 0);
    return { unit, history, last: history.lastYear[kind], riskFactors };
  });
}

/**
 * Rotation and risk: units never inspected first (the riskier among them first), then the units that
 * have waited longest, where each risk factor (open major nonconformities, overdue corrective actions)
 * counts as `pullYears` more years of waiting. The sort is stable over the registry order.
 */
function byPriority(list: Candidate[], year: number, pullYears: number): { candidate: Candidate; reason: SelectionReason }[] {
  const never = list.filter((c) => c.last === null).sort((a, b) => b.riskFactors - a.riskFactors);
  const seen = list
    .filter((c) => c.last !== null)
    .map((c) => ({ c, score: year - (c.last ?? year) + pullYears * c.riskFactors }))
    .sort((a, b) => b.score - a.score || (a.c.last ?? 0) - (b.c.last ?? 0))
    .map(({ c }) => c);
  return [
    ...never.map((candidate) => ({ candidate, reason: 'neverEvaluated' as const })),
    ...seen.map((candidate) => ({ candidate, reason: candidate.riskFactors > 0 && pullYears > 0 ? ('risk' as const) : ('longestSince' as const) })),
  ];
}

/** Target 1.2: the active units in scope, all of them at 100%, else the share chosen by rotation and risk. */
export function selectCchcUnits(units: PlanningUnit[], histories: ReadonlyMap<string, UnitHistory>, year: number, settings: PlanningSettings): SelectedUnit[] {
  const list = candidates(
    units.filter((u) => u.active && u.inCchcScope),
    'CCHC',
    histories,
  );
  const count = requiredCount(settings.cchcCoveragePercent, list.length);
  if (count >= list.length) return list.map((c) => ({ unit: c.unit, note: note('CCHC', c, 'inScope') }));
  return byPriority(list, year, settings.isoRiskPullForwardYears)
    .slice(0, count)
    .map(({ candidate, reason }) => ({ unit: candidate.unit, note: note('CCHC', candidate, reason) }));
}

/** A unit last evaluated a full rotation ago: this year is its last chance to keep the cycle. */
const rotationEnds = (last: number | null, year: number, rotationYears: number) => last !== null && year - last >= rotationYears;

export function isoRotationDue(units: PlanningUnit[], histories: ReadonlyMap<string, UnitHistory>, year: number, rotationYears: number): PlanningUnit[] {
  return units.filter((unit) => unit.active && unit.isoApplying && rotationEnds(historyOf(histories, unit.id).lastYear.ISO, year, rotationYears));
}

/**
 * How many evaluations keep every deadline reachable at an even pace: for each horizon of j+1 years,
 * the units due within it, spread over those years. Units never evaluated count as due by the end of
 * the last horizon, so every unit is due within one rotation and at least ceil(n / rotation) are
 * evaluated each year: over any `rotation` consecutive years every unit is evaluated.
 */
function evenPace(list: Candidate[], year: number, rotationYears: number): number {
  let pace = 0;
  for (let j = 0; j < rotationYears; j++) {
    const dueWithin = list.filter((c) => (c.last === null ? j === rotationYears - 1 : c.last + rotationYears <= year + j)).length;
    pace = Math.max(pace, Math.ceil(dueWithin / (j + 1)));
  }
  return pace;
}

/**
 * Target 7.2.3 with the rotation rule: at least ceil(share × ISO units), every unit whose rotation ends
 * this year, and enough more to keep an even pace; chosen by rotation and risk.
 */
export function selectIsoUnits(units: PlanningUnit[], histories: ReadonlyMap<string, UnitHistory>, year: number, settings: PlanningSettings): SelectedUnit[] {
  const rotation = settings.isoRotationYears;
  const list = candidates(
    units.filter((u) => u.active && u.isoApplying),
    'ISO',
    histories,
  );
  const due = list.filter((c) => rotationEnds(c.last, year, rotation)).sort((a, b) => (a.last ?? 0) - (b.last ?? 0));
  const dueIds = new Set(due.map((c) => c.unit.id));
  const count = Math.min(list.length, Math.max(requiredCount(settings.isoSharePercent, list.length), due.length, evenPace(list, year, rotation)));
  const ranked = [
    ...due.map((candidate) => ({ candidate, reason: 'rotationDue' as const })),
    ...byPriority(
      list.filter((c) => !dueIds.has(c.unit.id)),
      year,
      settings.isoRiskPullForwardYears,
    ),
  ];
  return ranked.slice(0, count).map(({ candidate, reason }) => ({ unit: candidate.unit, note: note('ISO', candidate, reason) }));
}
