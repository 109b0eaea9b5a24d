import { eq } from 'drizzle-orm';
import { profiles } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { assertUnitExists, requireProfileView } from './profileViews';

export const updateProfile: ModuleHandlers<'profiles.update'>['profiles.update'] = (ctx, { id, ...patch }) => {
  const before = requireProfileView(ctx.store, id);
  assertUnitExists(ctx.store.db, patch.unitId);
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length === 0) return before;
  ctx.store.db.update(profiles).set(patch).where(eq(profiles.id, id)).run();
  recordChange(ctx, { entity: 'profile', entityId: id, action: 'update', changes });
  return requireProfileView(ctx.store, id);
};
