import { eq } from 'drizzle-orm';
import { plannedInspections } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { localDateOf } from '../../../shared/dates';
import { replaceTeam } from './entryWrites';
import { plannerNote } from './plannerNote';
import { assertDraft, assertEntryStorable, assertNotStarted } from './programmeGuards';
import { requireEntry, requireProgramme, teamsOf } from './programmeRows';
import { programmeViewAfterEdit } from './respond';

const teamKey = (team: { personId: string; role: string }[]) =>
  team
    .map((m) => `${m.role}:${m.personId}`)
    .sort()
    .join(',');

export const updateEntry: ModuleHandlers<'programme.updateEntry'>['programme.updateEntry'] = (ctx, { id, team, ...patch }) => {
  const { db } = ctx.store;
  const entry = requireEntry(db, id);
  const programme = requireProgramme(db, entry.programmeId);
  assertDraft(programme);
  assertNotStarted(db, entry);
  assertEntryStorable(db, programme, { ...patch, team });
  const changes: Record<string, unknown> = diffFields(entry, patch);
  // Another unit or kind is no longer the generator's choice: its note becomes the planner's.
  const selection = 'unitId' in changes || 'kind' in changes ? plannerNote(db, programme.year, patch.kind ?? entry.kind, patch.unitId ?? entry.unitId, localDateOf(ctx.now())) : undefined;
  if (Object.keys(changes).length > 0) db.update(plannedInspections).set({ ...patch, ...(selection && { selection }) }).where(eq(plannedInspections.id, id)).run();
  if (team) {
    const before = teamsOf(db, [id]).get(id) ?? [];
    if (teamKey(before) !== teamKey(team)) {
      replaceTeam(db, id, team);
      changes.team = [before.map(({ personId, role }) => ({ personId, role })), team];
    }
  }
  if (Object.keys(changes).length > 0) recordChange(ctx, { entity: 'plannedInspection', entityId: id, action: 'update', changes });
  return programmeViewAfterEdit(ctx, programme.id);
};
