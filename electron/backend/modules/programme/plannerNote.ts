import type { AppDatabase } from '../../../../db/store';
import type { SelectionNote } from '../../../shared/contract/programme';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import { loadPlanningInput } from './loadPlanning';
import { historyOf, summariseHistory } from './planning/unitHistory';

/** The note of an entry the planner added or moved to another unit: the unit's history as it stands today. */
export function plannerNote(db: AppDatabase, year: number, kind: AuditKind, unitId: string, today: string): SelectionNote {
  const history = historyOf(summariseHistory(loadPlanningInput(db, year, today).history, year), unitId);
  return {
    kind,
    unitId,
    reason: 'addedByPlanner',
    lastYear: history.lastYear[kind],
    openMajorNonconformities: history.openMajorNonconformities,
    overdueCorrectiveActions: history.overdueCorrectiveActions,
  };
}
