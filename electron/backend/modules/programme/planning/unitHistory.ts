import type { AuditKind } from '../../../../shared/contract/vocabulary';
import type { PlanningHistory } from './planningTypes';

/** One unit's past as the planning rules read it, seen from the start of the planned year. */
export interface UnitHistory {
  lastYear: Record<AuditKind, number | null>;
  /** People who led an inspection or evaluation of the unit in the year before. */
  leadersLastYear: Set<string>;
  openMajorNonconformities: number;
  overdueCorrectiveActions: number;
}

const blank = (): UnitHistory => ({
  lastYear: { CCHC: null, ISO: null },
  leadersLastYear: new Set(),
  openMajorNonconformities: 0,
  overdueCorrectiveActions: 0,
});

/** Only audits before the planned year count: the programme is drawn up before the year starts. */
export function summariseHistory(history: PlanningHistory, year: number): Map<string, UnitHistory> {
  const byUnit = new Map<string, UnitHistory>();
  const of = (unitId: string) => {
    let entry = byUnit.get(unitId);
    if (!entry) byUnit.set(unitId, (entry = blank()));
    return entry;
  };
  for (const audit of history.audits) {
    const auditYear = Number(audit.date.slice(0, 4));
    if (auditYear >= year) continue;
    const entry = of(audit.unitId);
    const last = entry.lastYear[audit.kind];
    if (last === null || auditYear > last) entry.lastYear[audit.kind] = auditYear;
    if (auditYear === year - 1 && audit.leaderPersonId) entry.leadersLastYear.add(audit.leaderPersonId);
  }
  for (const risk of history.risks) {
    const entry = of(risk.unitId);
    entry.openMajorNonconformities += risk.openMajorNonconformities;
    entry.overdueCorrectiveActions += risk.overdueCorrectiveActions;
  }
  return byUnit;
}

export function historyOf(histories: ReadonlyMap<string, UnitHistory>, unitId: string): UnitHistory {
  return histories.get(unitId) ?? blank();
}
