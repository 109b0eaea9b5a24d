import { people } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertCertificateConsistent, assertUnitAssignable } from './personRules';
import { requirePersonView } from './personViews';

export const createPerson: ModuleHandlers<'people.create'>['people.create'] = (ctx, input) => {
  const { db } = ctx.store;
  assertUnitAssignable(db, input.unitId);
  assertCertificateConsistent(input, ctx.now());
  const created = db.insert(people).values(input).returning({ id: people.id }).get();
  recordChange(ctx, { entity: 'person', entityId: created.id, action: 'create', changes: input });
  return requirePersonView(db, created.id);
};
