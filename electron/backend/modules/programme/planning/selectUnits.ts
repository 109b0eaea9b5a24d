import type { SelectionNote, SelectionReason } from '../../../../shared/contract/programme';
import type { AuditKind } from '../../../../shared/contract/vocabulary';
import type { PlanningSettings, PlanningUnit } from './planningTypes';
import { isoDeadlines } from './isoObligations';
import type { IsoObligation } from './isoObligations';
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
  /** Open major nonconformities plus overdue corrective actions: each one pulls the unit forward. */
  riskCount: number;
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
    return { unit, history, last: history.lastYear[kind], riskCount: history.openMajorNonconformities + history.overdueCorrectiveActions };
  });
}

/**
 * Rotation and risk: units never inspected first (the riskier among them first), then the units that
 * have waited longest, where each open major nonconformity and each overdue corrective action counts
 * as `pullYears` more years of waiting. The sort is stable over the registry order.
 */
function byPriority(list: Candidate[], year: number, pullYears: number): { candidate: Candidate; reason: SelectionReason }[] {
  const never = list.filter((c) => c.last === null).sort((a, b) => b.riskCount - a.riskCount);
  const seen = list
    .filter((c) => c.last !== null)
    .map((c) => ({ c, score: year - (c.last ?? year) + pullYears * c.riskCount }))
    .sort((a, b) => b.score - a.score || (a.c.last ?? 0) - (b.c.last ?? 0))
    .map(({ c }) => c);
  return [
    ...never.map((candidate) => ({ candidate, reason: 'neverEvaluated' as const })),
    ...seen.map((candidate) => ({ candidate, reason: candidate.riskCount > 0 && pullYears > 0 ? ('risk' as const) : ('longestSince' as const) })),
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

const obligationRank: Record<IsoObligation, number> = { rotationDue: 0, neverEvaluated: 1, risk: 2 };

/**
 * Target 7.2.3 with the rotation rule. Every unit that may not wait is in, whatever the share: its
 * rotation ends, it was never evaluated and its first year (or the set number of years) is over, or
 * it has open major nonconformities. The share and an even pace are minimums, filled by rotation and
 * risk: never-evaluated units first, then the longest waits, each risk pulling a unit forward.
 */
export function selectIsoUnits(units: PlanningUnit[], histories: ReadonlyMap<string, UnitHistory>, year: number, settings: PlanningSettings): SelectedUnit[] {
  const list = candidates(
    units.filter((u) => u.active && u.isoApplying),
    'ISO',
    histories,
  );
  const obligations = new Map(isoDeadlines(list.map((c) => c.unit), histories, year, settings).obligations.map((o) => [o.unit.id, o.obligation]));
  const mustGo = list
    .filter((c) => obligations.has(c.unit.id))
    .map((candidate) => ({ candidate, reason: obligations.get(candidate.unit.id)! }))
    .sort((a, b) => obligationRank[a.reason] - obligationRank[b.reason] || (a.candidate.last ?? 0) - (b.candidate.last ?? 0) || b.candidate.riskCount - a.candidate.riskCount);
  const minimum = Math.max(requiredCount(settings.isoSharePercent, list.length), evenPace(list, year, settings.isoRotationYears));
  const fill = byPriority(
    list.filter((c) => !obligations.has(c.unit.id)),
    year,
    settings.isoRiskPullForwardYears,
  ).slice(0, Math.max(0, minimum - mustGo.length));
  return [...mustGo, ...fill].map(({ candidate, reason }) => ({ unit: candidate.unit, note: note('ISO', candidate, reason) }));
}
