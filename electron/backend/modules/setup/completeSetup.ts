import { eq } from 'drizzle-orm';
import { organization } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { conflict, invalid, issue, text } from '../../api/errors';
import { diffFields, recordChange } from '../../api/recordChange';
import { ORGANIZATION_ROW_ID, readOrganization } from '../organization/readOrganization';
import { readSetupStatus } from './setupStatus';

/** The user confirms (or changes) every organisation value the store was seeded with; then documents may be issued. */
export const completeSetup: ModuleHandlers<'setup.complete'>['setup.complete'] = (ctx, input) => {
  const { db } = ctx.store;
  const status = readSetupStatus(db);
  if (status.completed) throw conflict(text('errors.setup.alreadyDone'));
  if (status.activeUnitCount === 0) {
    throw invalid(text('errors.setup.needUnit'), [issue('units', text('errors.setup.noUnitShort'))]);
  }
  const before = readOrganization(db);
  const at = ctx.now().toISOString();
  db.update(organization).set({ ...input.organization, setupCompletedAt: at }).where(eq(organization.id, ORGANIZATION_ROW_ID)).run();
  recordChange(ctx, { entity: 'organization', entityId: ORGANIZATION_ROW_ID, action: 'update', changes: { ...diffFields(before, input.organization), setupCompletedAt: [null, at] } });
  return readSetupStatus(db);
};
