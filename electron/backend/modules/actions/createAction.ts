import { correctiveActions } from '../../../../db/schema';
import { checkDueDate } from '../../../shared/rules/actionStates';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { defaultDueDateFor } from './actionDefaults';
import { requireActionDetail } from './actionDetail';
import { recordActionEvent } from './actionEvents';
import { actionClock } from './actionClock';
import { assertOwnerUnitExists, assertPersonExists, refuseIfAny } from './actionRules';
import { syncFindingStatus } from './findingClosure';
import { requireFindingContext } from './findingContext';

export const createAction: ModuleHandlers<'actions.create'>['actions.create'] = (ctx, input) => {
  const { db } = ctx.store;
  const finding = requireFindingContext(db, input.findingId);
  assertOwnerUnitExists(db, input.ownerUnitId);
  assertPersonExists(db, input.ownerPersonId, 'ownerPersonId');
  const dueDate = input.dueDate ?? defaultDueDateFor(db, finding).dueDate;
  refuseIfAny(checkDueDate(dueDate, finding.findingDate));
  const now = ctx.now().toISOString();
  const created = db
    .insert(correctiveActions)
    .values({ ...input, dueDate, status: 'moi', createdAt: now, updatedAt: now })
    .returning({ id: correctiveActions.id })
    .get();
  recordActionEvent(ctx, { actionId: created.id, from: null, to: 'moi', comment: '', details: { dueDate } });
  recordChange(ctx, { entity: 'corrective_action', entityId: created.id, action: 'create', changes: { ...input, dueDate } });
  syncFindingStatus(ctx, input.findingId);
  return requireActionDetail(db, created.id, actionClock(ctx));
};
