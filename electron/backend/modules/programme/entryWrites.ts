import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { plannedInspections, plannedTeamMembers, programmes } from '../../../../db/schema';
import { allRows, preparedStatement } from '../../../../db/preparedQuery';
import type { AppDatabase } from '../../../../db/store';
import type { SelectionNote } from '../../../shared/contract/programme';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import type { TeamAssignment } from './planning/planningTypes';
import type { EntryRow } from './programmeRows';

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

const insertEntrySql = `insert into planned_inspections (id, programme_id, sort_order, kind, unit_id, date, content, selection, created_at, updated_at)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const insertMemberSql = 'insert into planned_team_members (id, planned_inspection_id, person_id, role) values (?, ?, ?, ?)';

/**
 * A generated programme's entries, numbered 10, 20, 30… in order, and their teams: two prepared
 * statements run once per row, without building a query per insert. Returns the rows as the store
 * now holds them, in the order `entriesOf` reads them, so the caller need not read them back.
 */
export function insertEntries(db: AppDatabase, programmeId: string, entries: EntryValues[]): EntryRow[] {
  const insertEntryRow = preparedStatement(db, insertEntrySql);
  const insertMember = preparedStatement(db, insertMemberSql);
  const now = new Date().toISOString();
  const rows = entries.map((entry, index): EntryRow => {
    const id = randomUUID();
    const sortOrder = (index + 1) * 10;
    const selection = JSON.stringify(entry.selection);
    insertEntryRow.run(id, programmeId, sortOrder, entry.kind, entry.unitId, entry.date, entry.content, selection, now, now);
    for (const member of entry.team) insertMember.run(randomUUID(), id, member.personId, member.role);
    return { id, programmeId, kind: entry.kind, unitId: entry.unitId, date: entry.date, templateVersionId: null, content: entry.content, selection: JSON.parse(selection) as SelectionNote, sortOrder, createdAt: now, updatedAt: now };
  });
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sortOrder - b.sortOrder));
}

/** The ids of a programme's entries, in no particular order: enough to count them and to look for audits started from them. */
export function entryIdsOf(db: AppDatabase, programmeId: string): string[] {
  return allRows<[string]>(db, sql`select ${plannedInspections.id} from ${plannedInspections} where ${eq(plannedInspections.programmeId, programmeId)}`).map(([id]) => id);
}

/**
 * Deletes a programme with its entries and their teams, each table in one statement found on its
 * foreign-key index, rather than by the cascade, which runs a delete of the children per parent row.
 */
export function deleteProgramme(db: AppDatabase, programmeId: string): void {
  const ofProgramme = db.select({ id: plannedInspections.id }).from(plannedInspections).where(eq(plannedInspections.programmeId, programmeId));
  db.delete(plannedTeamMembers).where(inArray(plannedTeamMembers.plannedInspectionId, ofProgramme)).run();
  db.delete(plannedInspections).where(eq(plannedInspections.programmeId, programmeId)).run();
  db.delete(programmes).where(eq(programmes.id, programmeId)).run();
}
