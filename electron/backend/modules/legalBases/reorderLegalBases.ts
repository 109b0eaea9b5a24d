import { eq } from 'drizzle-orm';
import { legalBases } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid, issue, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { selectLegalBases } from './legalBasisRows';

/** Takes the new print order of the bases in use; retired ones keep their place after them. */
export const reorderLegalBases: ModuleHandlers<'legalBases.reorder'>['legalBases.reorder'] = (ctx, { ids }) => {
  const { db } = ctx.store;
  const all = selectLegalBases(db);
  const inUse = all.filter((basis) => !basis.retired).map((basis) => basis.id);
  if (ids.length !== inUse.length || !ids.every((id) => inUse.includes(id))) {
    throw invalid(text('errors.legalBases.orderMismatch'), [issue('ids', text('errors.legalBases.orderMismatchShort'))]);
  }
  const order = [...ids, ...all.filter((basis) => basis.retired).map((basis) => basis.id)];
  order.forEach((id, index) => {
    db.update(legalBases).set({ sortOrder: (index + 1) * 10 }).where(eq(legalBases.id, id)).run();
  });
  recordChange(ctx, { entity: 'legalBasis', entityId: 'order', action: 'update', changes: { order: [inUse, ids] } });
  return selectLegalBases(db);
};
