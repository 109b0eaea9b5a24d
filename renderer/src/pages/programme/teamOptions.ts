import type { PersonView } from '../../../../electron/shared/contract/people';
import type { PlannedInspectionView } from '../../../../electron/shared/contract/programme';
import type { AuditKind } from '../../../../electron/shared/contract/vocabulary';

export type TeamNote = 'busy' | 'ownUnit' | 'cannotLead' | 'untrained';

/**
 * Why a person would break a rule on this team, so the pickers can say it beside the name before
 * the user chooses: booked elsewhere that day, from the inspected unit, may not lead, not trained.
 */
export function teamNotes(
  person: PersonView,
  context: { entries: PlannedInspectionView[]; editingId: string | null; date: string | null; unitId: string | null; kind: AuditKind; asLeader: boolean; trainedRequired: boolean },
): TeamNote[] {
  const notes: TeamNote[] = [];
  const busy = context.date !== null && context.entries.some((e) => e.id !== context.editingId && e.date === context.date && e.team.some((m) => m.personId === person.id));
  if (busy) notes.push('busy');
  if (context.unitId !== null && person.unitId === context.unitId) notes.push('ownUnit');
  if (context.asLeader && !person.mayLead) notes.push('cannotLead');
  if (context.kind === 'ISO' && context.trainedRequired && !person.auditorTrained) notes.push('untrained');
  return notes;
}
