import { eq } from 'drizzle-orm';
import { legalBases } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { requireLegalBasis } from './legalBasisRows';

/** Retired bases are kept (issued documents cite them) but no longer printed. */
export const setLegalBasisRetired: ModuleHandlers<'legalBases.setRetired'>['legalBases.setRetired'] = (ctx, { id, retired }) => {
  const { db } = ctx.store;
  const before = requireLegalBasis(db, id);
  if (before.retired === retired) return before;
  db.update(legalBases).set({ retired }).where(eq(legalBases.id, id)).run();
  recordChange(ctx, { entity: 'legalBasis', entityId: id, action: 'update', changes: { retired: [before.retired, retired] } });
  return requireLegalBasis(db, id);
};
