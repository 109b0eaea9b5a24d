import type { AuditKind } from '../../../../shared/contract/vocabulary';
import type { PlanningPerson, PlanningSettings } from './planningTypes';

/**
 * Who may sit on a team for this unit and kind: active, not from the unit itself (independence,
 * ISO 19011), and for ISO a trained internal auditor when the setting asks for it.
 */
export function mayJoinTeam(person: PlanningPerson, unitId: string, kind: AuditKind, settings: PlanningSettings): boolean {
  return person.active && person.unitId !== unitId && (kind !== 'ISO' || !settings.isoTeamRequiresTrainedAuditors || person.auditorTrained);
}
