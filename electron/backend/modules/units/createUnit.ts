import { max } from 'drizzle-orm';
import { units } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertHeadExists, assertUnitCodeFree, assertUnitNameFree } from './unitRules';
import { requireUnitView } from './unitViews';

export const createUnit: ModuleHandlers<'units.create'>['units.create'] = (ctx, input) => {
  const { db } = ctx.store;
  assertUnitCodeFree(db, input.code);
  assertUnitNameFree(db, input.name);
  assertHeadExists(db, input.headPersonId);
  const lastOrder = db.select({ value: max(units.sortOrder) }).from(units).get()?.value ?? 0;
  const created = db
    .insert(units)
    .values({ ...input, sortOrder: lastOrder + 10 })
    .returning()
    .get();
  recordChange(ctx, { entity: 'unit', entityId: created.id, action: 'create', changes: input });
  return requireUnitView(db, created.id);
};
