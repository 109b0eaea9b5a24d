import { randomUUID } from 'node:crypto';
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

/** Rows per multi-row insert: well under SQLite's limit of bound parameters however many columns. */
const ROWS_PER_INSERT = 200;

function inChunks<Row>(rows: Row[]): Row[][] {
  return Array.from({ length: Math.ceil(rows.length / ROWS_PER_INSERT) }, (_, i) => rows.slice(i * ROWS_PER_INSERT, (i + 1) * ROWS_PER_INSERT));
}

/**
 * A generated programme's entries, numbered 10, 20, 30… in order, and their teams: a few multi-row
 * inserts instead of three statements per entry.
 */
export function insertEntries(db: AppDatabase, programmeId: string, entries: EntryValues[]): void {
  const rows = entries.map(({ team: _team, ...values }, index) => ({ id: randomUUID(), programmeId, sortOrder: (index + 1) * 10, ...values }));
  for (const chunk of inChunks(rows)) db.insert(plannedInspections).values(chunk).run();
  const members = entries.flatMap((entry, index) => entry.team.map((member) => ({ plannedInspectionId: rows[index]!.id, ...member })));
  for (const chunk of inChunks(members)) db.insert(plannedTeamMembers).values(chunk).run();
}
