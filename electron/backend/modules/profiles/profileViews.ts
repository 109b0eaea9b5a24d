import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { profiles, units } from '../../../../db/schema';
import type { ProfileView } from '../../../shared/contract/profiles';
import { byPersonName } from '../../../shared/personNames';
import { invalid, issue, notFound, text } from '../../api/errors';
import type { Store } from '../../../../db/store';
import { currentProfileId } from './currentActor';

export function listProfileViews(store: Store): ProfileView[] {
  const current = currentProfileId(store);
  return store.db
    .select({ id: profiles.id, fullName: profiles.fullName, position: profiles.position, unitId: profiles.unitId, unitName: units.name })
    .from(profiles)
    .leftJoin(units, eq(units.id, profiles.unitId))
    .all()
    .map((row) => ({ ...row, isCurrent: row.id === current }))
    .sort(byPersonName);
}

export function requireProfileView(store: Store, id: string): ProfileView {
  const view = listProfileViews(store).find((profile) => profile.id === id);
  if (!view) throw notFound('profile');
  return view;
}

export function assertUnitExists(db: AppDatabase, unitId: string | null | undefined): void {
  if (!unitId) return;
  if (!db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) {
    throw invalid(text('errors.unitMissing'), [issue('unitId', text('errors.unitNotFoundShort'))]);
  }
}
