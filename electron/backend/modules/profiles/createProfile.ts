import { profiles } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertUnitExists, requireProfileView } from './profileViews';
import { makeProfileCurrent } from './selectProfile';

export const createProfile: ModuleHandlers<'profiles.create'>['profiles.create'] = (ctx, { makeCurrent, ...fields }) => {
  assertUnitExists(ctx.store.db, fields.unitId);
  const created = ctx.store.db.insert(profiles).values(fields).returning().get();
  if (makeCurrent) makeProfileCurrent(ctx.store, created.id, ctx.now());
  const actor = makeCurrent ? { profileId: created.id, name: created.fullName } : ctx.actor;
  recordChange({ ...ctx, actor }, { entity: 'profile', entityId: created.id, action: 'create', changes: fields });
  return requireProfileView(ctx.store, created.id);
};
