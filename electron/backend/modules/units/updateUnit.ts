import { eq } from 'drizzle-orm';
import { units } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { assertHeadExists, assertUnitCodeFree, assertUnitNameFree } from './unitRules';
import { requireUnitView } from './unitViews';

export const updateUnit: ModuleHandlers<'units.update'>['units.update'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requireUnitView(db, id);
  if (patch.code !== undefined) assertUnitCodeFree(db, patch.code, id);
  if (patch.name !== undefined) assertUnitNameFree(db, patch.name, id);
  assertHeadExists(db, patch.headPersonId);
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length === 0) return before;
  db.update(units).set(patch).where(eq(units.id, id)).run();
  recordChange(ctx, { entity: 'unit', entityId: id, action: 'update', changes });
  return requireUnitView(db, id);
};
