import type { PlanningSettings, PlanningUnit } from './planningTypes';
import { historyOf } from './unitHistory';
import type { UnitHistory } from './unitHistory';

/**
 * Why an active ISO-applying unit may not wait past this year, in the order the plan states them:
 * its rotation ends; it has never been evaluated and its wait for a first evaluation is over; or it
 * has open major nonconformities, which only an evaluation can verify as fixed.
 */
export type IsoObligation = 'rotationDue' | 'neverEvaluated' | 'risk';

/** The last year a never-evaluated unit may get its first evaluation: its first year, or within the set number of years. */
export const firstEvaluationDeadline = (unit: PlanningUnit, settings: Pick<PlanningSettings, 'isoFirstEvaluationWithinYears'>) =>
  unit.registeredYear + settings.isoFirstEvaluationWithinYears - 1;

/** A unit last evaluated a full rotation ago: this year is its last chance to keep the cycle. */
export const rotationEnds = (last: number | null, year: number, rotationYears: number) => last !== null && year - last >= rotationYears;

export function isoObligationOf(unit: PlanningUnit, history: UnitHistory, year: number, settings: PlanningSettings): IsoObligation | null {
  const last = history.lastYear.ISO;
  if (rotationEnds(last, year, settings.isoRotationYears)) return 'rotationDue';
  if (last === null && year >= firstEvaluationDeadline(unit, settings)) return 'neverEvaluated';
  if (history.openMajorNonconformities > 0) return 'risk';
  return null;
}

export interface IsoDeadlines {
  /** Units that must be evaluated this year, with the rule that says so. */
  obligations: { unit: PlanningUnit; obligation: IsoObligation }[];
  /** Never-evaluated units allowed to wait this year, with the last year they may wait to. */
  waiting: { unit: PlanningUnit; deadline: number }[];
}

/** The ISO deadlines of the year over the active ISO-applying units, in the order given. */
export function isoDeadlines(units: PlanningUnit[], histories: ReadonlyMap<string, UnitHistory>, year: number, settings: PlanningSettings): IsoDeadlines {
  const deadlines: IsoDeadlines = { obligations: [], waiting: [] };
  for (const unit of units.filter((u) => u.active && u.isoApplying)) {
    const history = historyOf(histories, unit.id);
    const obligation = isoObligationOf(unit, history, year, settings);
    if (obligation) deadlines.obligations.push({ unit, obligation });
    else if (history.lastYear.ISO === null) deadlines.waiting.push({ unit, deadline: firstEvaluationDeadline(unit, settings) });
  }
  return deadlines;
}
