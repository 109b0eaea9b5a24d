import { eq } from 'drizzle-orm';
import { plannedInspections } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertDraft, assertNotStarted } from './programmeGuards';
import { requireEntry, requireProgramme, teamsOf } from './programmeRows';
import { programmeViewAfterEdit } from './respond';

export const removeEntry: ModuleHandlers<'programme.removeEntry'>['programme.removeEntry'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const entry = requireEntry(db, id);
  assertDraft(requireProgramme(db, entry.programmeId));
  assertNotStarted(db, entry);
  const team = (teamsOf(db, [id]).get(id) ?? []).map(({ personId, role }) => ({ personId, role }));
  db.delete(plannedInspections).where(eq(plannedInspections.id, id)).run();
  recordChange(ctx, { entity: 'plannedInspection', entityId: id, action: 'delete', changes: { kind: entry.kind, unitId: entry.unitId, date: entry.date, team } });
  return programmeViewAfterEdit(ctx, entry.programmeId);
};
