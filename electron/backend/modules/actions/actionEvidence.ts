import type { AppDatabase } from '../../../../db/store';
import { editableFields } from '../../../shared/rules/actionStates';
import { conflict, invalid, issue, text } from '../../api/errors';
import { requireActionRecord } from './actionDetail';
import { requireFindingContext } from './findingContext';

/**
 * Completion evidence files are stored like audit evidence (once under their SHA-256, in the evidence
 * folder) and linked to the action; they change while its evidence text does, during implementation.
 */
export function assertActionEvidenceEditable(db: AppDatabase, actionId: string, auditId: string): void {
  const record = requireActionRecord(db, actionId);
  if (requireFindingContext(db, record.findingId).auditId !== auditId) {
    throw invalid(text('actionSteps.errors.otherAudit'), [issue('correctiveActionId', text('actionSteps.errors.otherAudit'))]);
  }
  if (!editableFields[record.status].includes('completionEvidence')) {
    throw conflict(text('actionSteps.errors.evidenceLocked', { status: text(`actions.status.${record.status}`) }));
  }
}
