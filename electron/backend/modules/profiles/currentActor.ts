import { eq } from 'drizzle-orm';
import type { Store } from '../../../../db/store';
import { appState, profiles } from '../../../../db/schema';
import { localize } from '../../../shared/i18n/catalog';
import type { Actor } from '../../api/context';
import { text } from '../../api/errors';

/** Who the change log names for changes no profile made; stored, so in Vietnamese. */
export const SYSTEM_ACTOR_NAME = localize(text('store.systemActor'));

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
