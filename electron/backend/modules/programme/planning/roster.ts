import type { AuditKind } from '../../../../shared/contract/vocabulary';
import { comparePeople } from './personOrder';
import type { PlanningPerson, PlanningSettings, TeamAssignment } from './planningTypes';
import { mayJoinTeam } from './teamEligibility';
import type { UnitHistory } from './unitHistory';

/** One active person and the inspections booked for them so far. */
interface StaffLoad {
  person: PlanningPerson;
  load: number;
  leadLoad: number;
}

/** Who is already booked on which day, and how much work each person has, while the programme is built. */
export class Roster {
  private readonly staff: StaffLoad[];
  private readonly staffById: Map<string, StaffLoad>;
  private readonly bookedByDay = new Map<string, Set<string>>();
  private readonly unitsByDay = new Map<string, Set<string>>();

  constructor(people: PlanningPerson[]) {
    this.staff = people
      .filter((p) => p.active)
      .sort(comparePeople)
      .map((person) => ({ person, load: 0, leadLoad: 0 }));
    this.staffById = new Map(this.staff.map((entry) => [entry.person.id, entry]));
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
    const available = this.staff.filter(({ person }) => !booked?.has(person.id) && mayJoinTeam(person, unitId, kind, settings));
    const ledLastYear = (entry: StaffLoad) => (history.leadersLastYear.has(entry.person.id) ? 1 : 0);
    const [leader] = firstSmallest(
      available.filter((entry) => entry.person.mayLead),
      1,
      (a, b) => ledLastYear(a) - ledLastYear(b) || a.load - b.load || a.leadLoad - b.leadLoad,
    );
    if (!leader) return null;
    const memberCount = settings.inspectionTeamSize - 1;
    const members = firstSmallest(
      available.filter((entry) => entry !== leader),
      memberCount,
      (a, b) => a.load - b.load || Number(a.person.mayLead) - Number(b.person.mayLead),
    );
    if (members.length < memberCount) return null;
    return [
      { personId: leader.person.id, role: 'truong_doan' },
      ...members.map((entry) => ({ personId: entry.person.id, role: 'thanh_vien' as const })),
    ];
  }

  book(day: string, unitId: string, team: TeamAssignment[]): void {
    const booked = this.bookedByDay.get(day) ?? new Set<string>();
    this.bookedByDay.set(day, booked);
    const units = this.unitsByDay.get(day) ?? new Set<string>();
    this.unitsByDay.set(day, units);
    units.add(unitId);
    for (const member of team) {
      booked.add(member.personId);
      const entry = this.staffById.get(member.personId);
      if (!entry) continue;
      entry.load += 1;
      if (member.role === 'truong_doan') entry.leadLoad += 1;
    }
  }
}

/**
 * The `count` smallest items in order, ties going to the earlier item (as a stable sort would put them):
 * the staff list is in name order, so ties go by name, then by creation order. A team takes a few people
 * out of the whole staff list for every visit of the year, so this keeps a short list instead of sorting them all.
 */
function firstSmallest<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const smallest: T[] = [];
  for (const item of items) {
    let at = smallest.length;
    while (at > 0 && compare(item, smallest[at - 1]!) < 0) at--;
    if (at < count) {
      smallest.splice(at, 0, item);
      if (smallest.length > count) smallest.pop();
    }
  }
  return smallest;
}
