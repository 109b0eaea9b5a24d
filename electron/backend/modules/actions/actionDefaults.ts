import type { AppDatabase } from '../../../../db/store';
import { defaultDueDate, dueBasisDate } from '../../../shared/rules/actionStates';
import type { ActionDefaults } from '../../../shared/contract/actions';
import type { ModuleHandlers } from '../../api/handlers';
import { readSettings } from '../organization/readSettings';
import type { FindingContext } from './findingContext';
import { requireFindingContext } from './findingContext';

export function defaultDueDateFor(db: AppDatabase, finding: FindingContext): { basisDate: string; dueDate: string } {
  const basisDate = dueBasisDate(finding.auditEndDate, finding.findingDate);
  return { basisDate, dueDate: defaultDueDate(finding.kind, basisDate, readSettings(db)) };
}

export function actionDefaultsFor(db: AppDatabase, findingId: string): ActionDefaults {
  const finding = requireFindingContext(db, findingId);
  return {
    findingId,
    findingDate: finding.findingDate,
    kind: finding.kind,
    ownerUnitId: finding.auditUnitId,
    ...defaultDueDateFor(db, finding),
  };
}

export const actionDefaults: ModuleHandlers<'actions.defaults'>['actions.defaults'] = (ctx, input) => actionDefaultsFor(ctx.store.db, input.findingId);
