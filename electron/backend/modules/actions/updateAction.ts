import { eq } from 'drizzle-orm';
import { correctiveActions } from '../../../../db/schema';
import { checkEdit } from '../../../shared/rules/actionStates';
import type { ActionField } from '../../../shared/rules/actionStates';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { factsOf, requireActionDetail, requireActionRecord } from './actionDetail';
import type { ActionRecord } from './actionDetail';
import { actionClock } from './actionClock';
import { countActionEvidenceFiles } from './actionEvidenceFiles';
import { assertOwnerUnitExists, assertPersonExists, refuseIfAny } from './actionRules';
import { requireFindingContext } from './findingContext';

type Patch = Partial<Pick<ActionRecord, ActionField>>;

function changedFields(before: ActionRecord, patch: Patch): ActionField[] {
  return (Object.keys(patch) as ActionField[]).filter(
    (field) => patch[field] !== undefined && JSON.stringify(patch[field]) !== JSON.stringify(before[field] ?? (field === 'fiveWhys' ? [] : null)),
  );
}

export const updateAction: ModuleHandlers<'actions.update'>['actions.update'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requireActionRecord(db, id);
  const changed = changedFields(before, patch);
  const clock = actionClock(ctx);
  if (changed.length === 0) return requireActionDetail(db, id, clock);
  const { findingDate } = requireFindingContext(db, before.findingId);
  const after = { ...before, ...patch };
  const files = countActionEvidenceFiles(db, id);
  refuseIfAny(checkEdit(factsOf(before, findingDate, files), changed, { ...factsOf(after, findingDate, files), dueDate: after.dueDate }));
  assertOwnerUnitExists(db, patch.ownerUnitId);
  assertPersonExists(db, patch.ownerPersonId, 'ownerPersonId');
  const values = Object.fromEntries(changed.map((field) => [field, patch[field]]));
  db.update(correctiveActions)
    .set({ ...values, updatedAt: ctx.now().toISOString() })
    .where(eq(correctiveActions.id, id))
    .run();
  const changes = Object.fromEntries(changed.map((field) => [field, [before[field], patch[field]]]));
  recordChange(ctx, { entity: 'corrective_action', entityId: id, action: 'update', changes });
  return requireActionDetail(db, id, clock);
};
