import { eq } from 'drizzle-orm';
import { organization } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { ORGANIZATION_ROW_ID, readOrganization } from './readOrganization';

export const updateOrganization: ModuleHandlers<'organization.update'>['organization.update'] = (ctx, input) => {
  const before = readOrganization(ctx.store.db);
  const changes = diffFields(before, input);
  if (Object.keys(changes).length === 0) return before;
  ctx.store.db.update(organization).set(input).where(eq(organization.id, ORGANIZATION_ROW_ID)).run();
  recordChange(ctx, { entity: 'organization', entityId: ORGANIZATION_ROW_ID, action: 'update', changes });
  return readOrganization(ctx.store.db);
};
