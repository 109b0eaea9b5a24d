import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { allRows } from '../../../../db/preparedQuery';
import { audits, people, plannedInspections, plannedTeamMembers, programmes, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { TeamMemberView } from '../../../shared/contract/programme';
import { notFound } from '../../api/errors';
import type { PlanningSettings } from './planning/planningTypes';
import { teamOrder } from './planning/teamOrder';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type EntryRow = typeof plannedInspections.$inferSelect;

/** What the generator was given, kept with the programme so its choices can be explained later. */
export interface ProgrammeParameters {
  generatedAt: string;
  settings: PlanningSettings;
}

export function requireProgramme(db: AppDatabase, id: string): ProgrammeRow {
  const programme = db.select().from(programmes).where(eq(programmes.id, id)).get();
  if (!programme) throw notFound('programme');
  return programme;
}

/** The year's programme: the app keeps one per year. */
export function programmeOfYear(db: AppDatabase, year: number): ProgrammeRow | undefined {
  return db.select().from(programmes).where(eq(programmes.year, year)).orderBy(desc(programmes.createdAt)).get();
}

export function requireEntry(db: AppDatabase, id: string): EntryRow {
  const entry = db.select().from(plannedInspections).where(eq(plannedInspections.id, id)).get();
  if (!entry) throw notFound('programmeEntry');
  return entry;
}

export function entriesOf(db: AppDatabase, programmeId: string): EntryRow[] {
  return db
    .select()
    .from(plannedInspections)
    .where(eq(plannedInspections.programmeId, programmeId))
    .orderBy(asc(plannedInspections.date), asc(plannedInspections.sortOrder))
    .all();
}

/** Each entry's team, the Trưởng đoàn first, then by role and name. */
export function teamsOf(db: AppDatabase, entryIds: string[]): Map<string, TeamMemberView[]> {
  const teams = new Map<string, TeamMemberView[]>(entryIds.map((id) => [id, []]));
  if (entryIds.length === 0) return teams;
  // One prepared statement whatever the number of entries: the ids travel as one JSON parameter.
  const rows = allRows<[string, string, TeamMemberView['role'], string, string, string | null, string | null]>(
    db,
    sql`select ${plannedTeamMembers.plannedInspectionId}, ${plannedTeamMembers.personId}, ${plannedTeamMembers.role}, ${people.fullName}, ${people.position}, ${people.unitId}, ${units.name}
      from ${plannedTeamMembers}
      inner join ${people} on ${eq(people.id, plannedTeamMembers.personId)}
      left join ${units} on ${eq(units.id, people.unitId)}
      where ${plannedTeamMembers.plannedInspectionId} in (select value from json_each(${JSON.stringify(entryIds)}))`,
  ).map(([entryId, personId, role, fullName, position, unitId, unitName]) => ({ entryId, personId, role, fullName, position, unitId, unitName }));
  for (const { entryId, ...member } of rows) teams.get(entryId)?.push(member);
  for (const team of teams.values()) team.sort(teamOrder);
  return teams;
}

/** Planned inspections the audits capability has started an audit from. */
/** The audit started from each entry that has one, and whether it is done (closed, or locked by its minutes). */
export function auditsOfEntries(db: AppDatabase, entryIds: string[]): Map<string, { id: string; done: boolean }> {
  if (entryIds.length === 0) return new Map();
  return new Map(
    db
      .select({ entryId: audits.plannedInspectionId, id: audits.id, status: audits.status })
      .from(audits)
      .where(inArray(audits.plannedInspectionId, entryIds))
      .all()
      .flatMap((row) => (row.entryId ? [[row.entryId, { id: row.id, done: row.status !== 'in_progress' }] as const] : [])),
  );
}

export function startedEntryIds(db: AppDatabase, entryIds: string[]): Set<string> {
  if (entryIds.length === 0) return new Set();
  return new Set(
    db
      .select({ id: audits.plannedInspectionId })
      .from(audits)
      .where(inArray(audits.plannedInspectionId, entryIds))
      .all()
      .flatMap((row) => (row.id ? [row.id] : [])),
  );
}
