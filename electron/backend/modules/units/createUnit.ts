import { max } from 'drizzle-orm';
import { units } from '../../../../db/schema';
import type { ParsedInputOf } from '../../../shared/contract';
import { cchcScopeByCategory } from '../../../shared/cchcScope';
import type { HandlerContext } from '../../api/context';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { readSettings } from '../organization/readSettings';
import { assertHeadExists, assertUnitCodeFree, assertUnitNameFree } from './unitRules';
import { requireUnitView } from './unitViews';

type NewUnit = ParsedInputOf<'units.create'>;

/** Inserts one unit at the end of the registry; without an explicit choice its CCHC scope follows its category (target 1.2). */
export function insertUnit(ctx: HandlerContext, input: NewUnit): string {
  const { db } = ctx.store;
  assertUnitCodeFree(db, input.code);
  assertUnitNameFree(db, input.name);
  assertHeadExists(db, input.headPersonId);
  const inCchcScope = input.inCchcScope ?? cchcScopeByCategory(input.category, readSettings(db).includePublicServiceUnits).inScope;
  const lastOrder = db.select({ value: max(units.sortOrder) }).from(units).get()?.value ?? 0;
  const created = db
    .insert(units)
    .values({ ...input, inCchcScope, sortOrder: lastOrder + 10 })
    .returning({ id: units.id })
    .get();
  recordChange(ctx, { entity: 'unit', entityId: created.id, action: 'create', changes: { ...input, inCchcScope } });
  return created.id;
}

export const createUnit: ModuleHandlers<'units.create'>['units.create'] = (ctx, input) => requireUnitView(ctx.store.db, insertUnit(ctx, input));
