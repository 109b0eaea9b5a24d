import type { AuditKind } from '../../../../shared/contract/vocabulary';
import { comparePeople } from './personOrder';
import type { PlanningPerson, PlanningSettings, TeamAssignment } from './planningTypes';
import { mayJoinTeam } from './teamEligibility';
import type { UnitHistory } from './unitHistory';

/** Who is already booked on which day, and how much work each person has, while the programme is built. */
export class Roster {
  private readonly load = new Map<string, number>();
  private readonly leadLoad = new Map<string, number>();
  private readonly bookedByDay = new Map<string, Set<string>>();
  private readonly unitsByDay = new Map<string, Set<string>>();
  private readonly people: PlanningPerson[];

  constructor(people: PlanningPerson[]) {
    this.people = people.filter((p) => p.active).sort(comparePeople);
  }

  /** A unit is inspected at most once a day, so its CCHC and ISO visits fall on different days. */
  unitFree(day: string, unitId: string): boolean {
    return !this.unitsByDay.get(day)?.has(unitId);
  }

  /**
   * The team for one inspection on one day, or null if the day has too few eligible people left. The
   * leader is someone who did not lead this unit last year if possible, then the least loaded; members
   * are the least loaded, preferring people who may not lead so leaders stay free for other teams.
   */
  pickTeam(day: string, unitId: string, kind: AuditKind, history: UnitHistory, settings: PlanningSettings): TeamAssignment[] | null {
    const booked = this.bookedByDay.get(day);
    const available = this.people.filter((p) => !booked?.has(p.id) && mayJoinTeam(p, unitId, kind, settings));
    const count = (map: Map<string, number>, id: string) => map.get(id) ?? 0;
    const leader = available
      .filter((p) => p.mayLead)
      .map((p) => ({ p, key: [history.leadersLastYear.has(p.id) ? 1 : 0, count(this.load, p.id), count(this.leadLoad, p.id)] }))
      .sort((a, b) => compareKeys(a.key, b.key))[0]?.p;
    if (!leader) return null;
    const members = available
      .filter((p) => p.id !== leader.id)
      .map((p) => ({ p, key: [count(this.load, p.id), p.mayLead ? 1 : 0] }))
      .sort((a, b) => compareKeys(a.key, b.key))
      .slice(0, settings.inspectionTeamSize - 1)
      .map(({ p }) => p);
    if (members.length < settings.inspectionTeamSize - 1) return null;
    return [{ personId: leader.id, role: 'truong_doan' }, ...members.map((p) => ({ personId: p.id, role: 'thanh_vien' as const }))];
  }

  book(day: string, unitId: string, team: TeamAssignment[]): void {
    const booked = this.bookedByDay.get(day) ?? new Set<string>();
    this.bookedByDay.set(day, booked);
    const units = this.unitsByDay.get(day) ?? new Set<string>();
    this.unitsByDay.set(day, units);
    units.add(unitId);
    for (const member of team) {
      booked.add(member.personId);
      this.load.set(member.personId, (this.load.get(member.personId) ?? 0) + 1);
      if (member.role === 'truong_doan') this.leadLoad.set(member.personId, (this.leadLoad.get(member.personId) ?? 0) + 1);
    }
  }
}

/** Lexicographic; the people list is in name order and the sort is stable, so ties go by name, then by creation order. */
function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
