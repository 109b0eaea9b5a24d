import { eq } from 'drizzle-orm';
import type { Store } from '../../../../db/store';
import { appState, profiles } from '../../../../db/schema';
import type { Actor } from '../../api/context';

export const SYSTEM_ACTOR_NAME = 'Hệ thống';

export function currentProfileId(store: Store): string | null {
  return store.db.select({ id: appState.currentProfileId }).from(appState).where(eq(appState.id, 1)).get()?.id ?? null;
}

export function currentActor(store: Store): Actor {
  const row = store.db
    .select({ id: profiles.id, name: profiles.fullName })
    .from(appState)
    .innerJoin(profiles, eq(profiles.id, appState.currentProfileId))
    .where(eq(appState.id, 1))
    .get();
  return row ? { profileId: row.id, name: row.name } : { profileId: null, name: SYSTEM_ACTOR_NAME };
}
