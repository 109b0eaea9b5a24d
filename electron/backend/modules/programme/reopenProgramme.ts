import { eq } from 'drizzle-orm';
import { programmes } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { requireProgramme } from './programmeRows';
import { programmeViewAfterEdit } from './respond';

/**
 * Back to draft to adjust the plan during the year. Inspections already started stay locked in it,
 * and while it is a draft no further inspection of it is offered to start.
 */
export const reopenProgramme: ModuleHandlers<'programme.reopen'>['programme.reopen'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const programme = requireProgramme(db, id);
  if (programme.status === 'approved') {
    db.update(programmes).set({ status: 'draft', approvedAt: null, approvedBy: null }).where(eq(programmes.id, id)).run();
    recordChange(ctx, { entity: 'programme', entityId: id, action: 'update', changes: { status: ['approved', 'draft'], approvedAt: [programme.approvedAt, null] } });
  }
  return programmeViewAfterEdit(ctx, id);
};
