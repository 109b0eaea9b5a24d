import { eq } from 'drizzle-orm';
import { plannedInspections, plannedTeamMembers } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { SelectionNote } from '../../../shared/contract/programme';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import type { TeamAssignment } from './planning/planningTypes';

export interface EntryValues {
  kind: AuditKind;
  unitId: string;
  date: string;
  content: string;
  team: TeamAssignment[];
  selection: SelectionNote;
}

export function replaceTeam(db: AppDatabase, entryId: string, team: TeamAssignment[]): void {
  db.delete(plannedTeamMembers).where(eq(plannedTeamMembers.plannedInspectionId, entryId)).run();
  if (team.length > 0) db.insert(plannedTeamMembers).values(team.map((member) => ({ plannedInspectionId: entryId, ...member }))).run();
}

export function insertEntry(db: AppDatabase, programmeId: string, entry: EntryValues, sortOrder: number): string {
  const { team, ...values } = entry;
  const { id } = db.insert(plannedInspections).values({ programmeId, sortOrder, ...values }).returning({ id: plannedInspections.id }).get();
  replaceTeam(db, id, team);
  return id;
}
