import { teamRoles } from '../../../../shared/contract/vocabulary';
import type { TeamRole } from '../../../../shared/contract/vocabulary';
import { byPersonName } from '../../../../shared/personNames';
import type { PlanningPerson, TeamAssignment } from './planningTypes';

const roleRank = (role: string): number => teamRoles.indexOf(role as TeamRole);

/** A team as the programme lists it: by role (the leader first), then by name in Vietnamese order. */
export const teamOrder = (a: { role: string; fullName: string }, b: { role: string; fullName: string }): number =>
  roleRank(a.role) - roleRank(b.role) || byPersonName(a, b);

/**
 * `teamOrder` for teams of the given staff, named by id: each name is placed once in the staff's name
 * order (people with the same name share a place), instead of compared with the collator for every pair of every team.
 */
export function teamOrderOfStaff(people: readonly PlanningPerson[]): (a: TeamAssignment, b: TeamAssignment) => number {
  const byName = [...people].sort(byPersonName);
  const nameRank = new Map<string, number>();
  byName.forEach((person, index) => {
    const previous = byName[index - 1];
    const sameName = previous !== undefined && byPersonName(previous, person) === 0;
    nameRank.set(person.id, sameName ? nameRank.get(previous.id)! : index);
  });
  const rankOf = (personId: string) => nameRank.get(personId) ?? byName.length;
  return (a, b) => roleRank(a.role) - roleRank(b.role) || rankOf(a.personId) - rankOf(b.personId);
}
