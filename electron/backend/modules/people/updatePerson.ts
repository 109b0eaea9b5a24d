import { eq } from 'drizzle-orm';
import { people } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { assertCertificateConsistent, assertUnitAssignable } from './personRules';
import { requirePersonView } from './personViews';

export const updatePerson: ModuleHandlers<'people.update'>['people.update'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requirePersonView(db, id);
  if (patch.unitId !== undefined && patch.unitId !== before.unitId) assertUnitAssignable(db, patch.unitId);
  assertCertificateConsistent({ ...before, ...patch }, ctx.now());
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length === 0) return before;
  db.update(people).set(patch).where(eq(people.id, id)).run();
  recordChange(ctx, { entity: 'person', entityId: id, action: 'update', changes });
  return requirePersonView(db, id);
};
