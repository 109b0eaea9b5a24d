import { eq } from 'drizzle-orm';
import { appState, profiles } from '../../../../db/schema';
import type { Store } from '../../../../db/store';
import type { ModuleHandlers } from '../../api/handlers';
import { requireProfileView } from './profileViews';

export function makeProfileCurrent(store: Store, id: string, at: Date): void {
  store.db
    .insert(appState)
    .values({ id: 1, currentProfileId: id })
    .onConflictDoUpdate({ target: appState.id, set: { currentProfileId: id } })
    .run();
  store.db.update(profiles).set({ lastUsedAt: at.toISOString() }).where(eq(profiles.id, id)).run();
}

export const selectProfile: ModuleHandlers<'profiles.select'>['profiles.select'] = (ctx, { id }) => {
  requireProfileView(ctx.store, id);
  makeProfileCurrent(ctx.store, id, ctx.now());
  return requireProfileView(ctx.store, id);
};
