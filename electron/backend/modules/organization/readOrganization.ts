import { eq } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { organization } from '../../../../db/schema';
import type { OrganizationView } from '../../../shared/contract/organization';
import { notFound } from '../../api/errors';

export const ORGANIZATION_ROW_ID = 'default';

export function readOrganization(db: AppDatabase): OrganizationView {
  const row = db.select().from(organization).where(eq(organization.id, ORGANIZATION_ROW_ID)).get();
  if (!row) throw notFound('organization');
  const { id: _id, updatedAt: _updatedAt, setupCompletedAt: _setupCompletedAt, ...view } = row;
  return view;
}
