import { count, eq } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { organization, people, units } from '../../../../db/schema';
import type { SetupStatus } from '../../../shared/contract/setup';
import { AppError, text } from '../../api/errors';
import { ORGANIZATION_ROW_ID, readOrganization } from '../organization/readOrganization';
import { unitTemplate } from './unitTemplate';

function setupCompletedAt(db: AppDatabase): string | null {
  return db.select({ at: organization.setupCompletedAt }).from(organization).where(eq(organization.id, ORGANIZATION_ROW_ID)).get()?.at ?? null;
}

export function readSetupStatus(db: AppDatabase): SetupStatus {
  const completedAt = setupCompletedAt(db);
  return {
    completed: completedAt !== null,
    completedAt,
    organization: readOrganization(db),
    activeUnitCount: db.select({ n: count() }).from(units).where(eq(units.active, true)).get()?.n ?? 0,
    activePeopleCount: db.select({ n: count() }).from(people).where(eq(people.active, true)).get()?.n ?? 0,
    unitTemplate: unitTemplate(),
  };
}

export const setupRequired = text('errors.setup.required');

/** Documents go out under the ward's name only once the user has confirmed that name in the setup. */
export function assertSetupCompleted(db: AppDatabase): void {
  if (setupCompletedAt(db) === null) throw new AppError('SETUP_REQUIRED', setupRequired);
}
