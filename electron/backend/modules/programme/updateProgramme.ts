import { eq } from 'drizzle-orm';
import { programmes } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { assertDraft } from './programmeGuards';
import { requireProgramme } from './programmeRows';
import { programmeViewAfterEdit } from './respond';

export const updateProgramme: ModuleHandlers<'programme.update'>['programme.update'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const programme = requireProgramme(db, id);
  assertDraft(programme);
  const changes = diffFields(programme, patch);
  if (Object.keys(changes).length > 0) {
    db.update(programmes).set(patch).where(eq(programmes.id, id)).run();
    recordChange(ctx, { entity: 'programme', entityId: id, action: 'update', changes });
  }
  return programmeViewAfterEdit(ctx, id);
};
