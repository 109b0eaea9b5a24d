import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { allRows } from '../../../../db/preparedQuery';
import { audits, people, plannedInspections, plannedTeamMembers, programmes, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { TeamMemberView } from '../../../shared/contract/programme';
import { notFound } from '../../api/errors';
import type { PlanningSettings, TeamAssignment } from './planning/planningTypes';
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

type TeamMember = TeamMemberView & { entryId: string };

/** Each entry's members, in the order given. */
function teamsByEntry(entryIds: string[], members: TeamMember[]): Map<string, TeamMemberView[]> {
  const teams = new Map<string, TeamMemberView[]>(entryIds.map((id) => [id, []]));
  for (const { entryId, ...member } of members) teams.get(entryId)?.push(member);
  return teams;
}

/** Each entry's team as the store holds it. */
export function teamsOf(db: AppDatabase, entryIds: string[]): Map<string, TeamMemberView[]> {
  if (entryIds.length === 0) return new Map();
  // One prepared statement whatever the number of entries: the ids travel as one JSON parameter.
  const rows = allRows<[string, string, TeamMemberView['role'], string, string, string | null, string | null]>(
    db,
    sql`select ${plannedTeamMembers.plannedInspectionId}, ${plannedTeamMembers.personId}, ${plannedTeamMembers.role}, ${people.fullName}, ${people.position}, ${people.unitId}, ${units.name}
      from ${plannedTeamMembers}
      inner join ${people} on ${eq(people.id, plannedTeamMembers.personId)}
      left join ${units} on ${eq(units.id, people.unitId)}
      where ${plannedTeamMembers.plannedInspectionId} in (select value from json_each(${JSON.stringify(entryIds)}))`,
  ).map(([entryId, personId, role, fullName, position, unitId, unitName]) => ({ entryId, personId, role, fullName, position, unitId, unitName }));
  const teams = teamsByEntry(entryIds, rows);
  for (const team of teams.values()) team.sort(teamOrder);
  return teams;
}

/**
 * Teams the caller has just written, each already in `teamOrder` (as the generator lists them), as
 * `teamsOf` would read them back: each person named once from the registry instead of joined on every member row.
 */
export function teamsOfWritten(db: AppDatabase, written: Map<string, TeamAssignment[]>): Map<string, TeamMemberView[]> {
  const personIds = new Set([...written.values()].flatMap((team) => team.map((member) => member.personId)));
  const persons = new Map(
    allRows<[string, string, string, string | null, string | null]>(
      db,
      sql`select ${people.id}, ${people.fullName}, ${people.position}, ${people.unitId}, ${units.name}
        from ${people} left join ${units} on ${eq(units.id, people.unitId)}
        where ${people.id} in (select value from json_each(${JSON.stringify([...personIds])}))`,
    ).map(([personId, fullName, position, unitId, unitName]) => [personId, { fullName, position, unitId, unitName }]),
  );
  const members = [...written].flatMap(([entryId, team]) =>
    team.flatMap(({ personId, role }) => {
      const person = persons.get(personId);
      return person ? [{ entryId, personId, role, ...person }] : [];
    }),
  );
  return teamsByEntry([...written.keys()], members);
}

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
    allRows<[string]>(
      db,
      sql`select ${audits.plannedInspectionId} from ${audits} where ${audits.plannedInspectionId} in (select value from json_each(${JSON.stringify(entryIds)}))`,
    ).map(([id]) => id),
  );
}
