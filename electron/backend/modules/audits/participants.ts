import { and, eq, inArray } from 'drizzle-orm';
import { auditParticipants, people } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { z } from 'zod';
import type { representativeFields, teamMemberFields } from '../../../shared/contract/audits';
import type { FieldIssue } from '../../../shared/contract/audits';
import { invalidIssues, issue, text } from '../../api/errors';

type TeamMember = z.output<typeof teamMemberFields>;
type Representative = z.output<typeof representativeFields>;

interface PersonRow {
  id: string;
  fullName: string;
  position: string;
  unitId: string | null;
  active: boolean;
}

function peopleById(db: AppDatabase, ids: string[]): Map<string, PersonRow> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: people.id, fullName: people.fullName, position: people.position, unitId: people.unitId, active: people.active })
    .from(people)
    .where(inArray(people.id, ids))
    .all();
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Team members come from the people directory and are active; nobody audits their own unit
 * (independence, as in the programme). Representatives linked to the directory must exist.
 */
function participantIssues(team: readonly TeamMember[], representatives: readonly Representative[], inspectedUnitId: string, found: Map<string, PersonRow>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  team.forEach((member, index) => {
    const path = `team.${index}.personId`;
    const person = found.get(member.personId);
    if (!person) issues.push(issue(path, text('errors.audit.personMissing')));
    else if (!person.active) issues.push(issue(path, text('errors.audit.personInactive', { name: person.fullName })));
    else if (person.unitId === inspectedUnitId) {
      issues.push(issue(path, text('errors.audit.notIndependent', { name: person.fullName })));
    }
  });
  representatives.forEach((representative, index) => {
    if (representative.personId && !found.has(representative.personId)) {
      issues.push(issue(`representatives.${index}.personId`, text('errors.audit.personMissing')));
    }
  });
  return issues;
}

export function assertParticipantsAllowed(db: AppDatabase, team: readonly TeamMember[], representatives: readonly Representative[], inspectedUnitId: string): Map<string, PersonRow> {
  const ids = [...team.map((member) => member.personId), ...representatives.flatMap((r) => (r.personId ? [r.personId] : []))];
  const found = peopleById(db, ids);
  const issues = participantIssues(team, representatives, inspectedUnitId, found);
  if (issues.length > 0) throw invalidIssues(issues);
  return found;
}

/** Replaces one side of the audit's participants; names and positions are kept as they were at the time. */
export function writeTeam(db: AppDatabase, auditId: string, team: readonly TeamMember[], found: Map<string, PersonRow>): void {
  db.delete(auditParticipants).where(and(eq(auditParticipants.auditId, auditId), eq(auditParticipants.side, 'team'))).run();
  team.forEach((member, sortOrder) => {
    const person = found.get(member.personId)!;
    db.insert(auditParticipants)
      .values({ auditId, side: 'team', role: member.role, personId: person.id, fullName: person.fullName, position: person.position, sortOrder })
      .run();
  });
}

export function writeRepresentatives(db: AppDatabase, auditId: string, representatives: readonly Representative[]): void {
  db.delete(auditParticipants).where(and(eq(auditParticipants.auditId, auditId), eq(auditParticipants.side, 'unit'))).run();
  representatives.forEach((representative, sortOrder) => {
    db.insert(auditParticipants)
      .values({ auditId, side: 'unit', role: 'dai_dien', personId: representative.personId, fullName: representative.fullName, position: representative.position, sortOrder })
      .run();
  });
}
