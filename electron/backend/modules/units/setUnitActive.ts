import { eq } from 'drizzle-orm';
import { units } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { requireUnitView } from './unitViews';

export const setUnitActive: ModuleHandlers<'units.setActive'>['units.setActive'] = (ctx, { id, active }) => {
  const { db } = ctx.store;
  const before = requireUnitView(db, id);
  if (before.active === active) return before;
  db.update(units).set({ active }).where(eq(units.id, id)).run();
  recordChange(ctx, { entity: 'unit', entityId: id, action: 'update', changes: { active: [before.active, active] } });
  return requireUnitView(db, id);
};
