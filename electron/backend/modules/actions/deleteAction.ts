import { eq } from 'drizzle-orm';
import { correctiveActions } from '../../../../db/schema';
import { conflict, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { requireActionRecord } from './actionDetail';
import { syncFindingStatus } from './findingClosure';

/** Only an action created by mistake goes: once work on it has begun, its history is the record. */
export const deleteAction: ModuleHandlers<'actions.delete'>['actions.delete'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const record = requireActionRecord(db, id);
  if (record.status !== 'moi') {
    throw conflict(text('errors.action.deleteOnlyNew', { newStatus: text('actions.status.moi'), status: text(`actions.status.${record.status}`) }));
  }
  db.delete(correctiveActions).where(eq(correctiveActions.id, id)).run();
  recordChange(ctx, { entity: 'corrective_action', entityId: id, action: 'delete', changes: record });
  syncFindingStatus(ctx, record.findingId);
  return { id };
};
