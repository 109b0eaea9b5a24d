import type { AuditKind } from '../../../../shared/contract/vocabulary';
import { text } from '../../../api/errors';
import type { LocalizedText } from '../../../../shared/i18n/catalog';
import type { PlanningPerson, PlanningSettings, PlanningUnit } from './planningTypes';
import { mayJoinTeam } from './teamEligibility';

export interface PlannedVisit {
  unit: PlanningUnit;
  kind: AuditKind;
}

/**
 * The reasons, as catalog messages, why no programme can meet the rules, found before any date is placed:
 * nothing to plan, no working day, nobody who may lead, too few people for a unit, or more
 * inspections than the working days can hold. Empty when scheduling may proceed.
 */
export function impossibilityReasons(
  visits: PlannedVisit[],
  people: PlanningPerson[],
  workingDayCount: number,
  year: number,
  settings: PlanningSettings,
): LocalizedText[] {
  if (visits.length === 0) {
    return [text('planning.nothingToPlan')];
  }
  const reasons: LocalizedText[] = [];
  const size = settings.inspectionTeamSize;
  const active = people.filter((p) => p.active);
  const leaders = active.filter((p) => p.mayLead);
  if (workingDayCount === 0) {
    reasons.push(text('planning.noWorkingDay', { year, months: [...settings.schedulingMonths].sort((a, b) => a - b).join(', ') }));
  }
  if (leaders.length === 0) {
    reasons.push(text('planning.noLeader'));
  }
  if (active.length < size) {
    reasons.push(text('planning.tooFewPeople', { size, active: active.length }));
  }
  if (reasons.length > 0) return reasons;

  for (const { unit, kind } of visits) {
    let eligible = 0;
    let mayLead = false;
    for (const person of active) {
      if (!mayJoinTeam(person, unit.id, kind, settings)) continue;
      eligible += 1;
      mayLead ||= person.mayLead;
    }
    if (mayLead && eligible >= size) continue;
    const trained = kind === 'ISO' && settings.isoTeamRequiresTrainedAuditors ? text('planning.trained') : '';
    const visit = text(`planning.visit.${kind}`);
    if (!mayLead) reasons.push(text('planning.noLeaderFor', { visit, unit: unit.name, trained }));
    else reasons.push(text('planning.tooFewFor', { visit, unit: unit.name, size, trained, eligible }));
  }
  const perDay = Math.min(leaders.length, Math.floor(active.length / size));
  if (visits.length > workingDayCount * perDay) {
    reasons.push(text('planning.tooManyVisits', { visits: visits.length, days: workingDayCount, perDay, most: workingDayCount * perDay }));
  }
  return reasons;
}
