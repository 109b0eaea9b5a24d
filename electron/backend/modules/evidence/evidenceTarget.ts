import { and, eq } from 'drizzle-orm';
import { checklistItems, findings } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { invalid, issue, text } from '../../api/errors';
import { assertActionEvidenceEditable } from '../actions/actionEvidence';
import { requireEditableAudit } from '../audits/auditRules';

/**
 * Evidence goes on an item of the audit's own checklist version, or on one of the audit's findings, while the audit is open;
 * or on one of its corrective actions while that is being implemented, however long after the audit.
 */
export function assertEvidenceTarget(db: AppDatabase, target: { auditId: string; itemId: string | null; findingId: string | null; correctiveActionId: string | null }): void {
  if (target.correctiveActionId) return assertActionEvidenceEditable(db, target.correctiveActionId, target.auditId);
  const audit = requireEditableAudit(db, target.auditId);
  if (target.itemId) {
    const item = db
      .select({ id: checklistItems.id })
      .from(checklistItems)
      .where(and(eq(checklistItems.id, target.itemId), eq(checklistItems.versionId, audit.templateVersionId), eq(checklistItems.retired, false)))
      .get();
    if (!item) throw invalid(text('errors.evidence.itemNotInAudit'), [issue('itemId', text('errors.finding.itemNotInAuditShort'))]);
  }
  if (target.findingId) {
    const finding = db.select({ id: findings.id }).from(findings).where(and(eq(findings.id, target.findingId), eq(findings.auditId, target.auditId))).get();
    if (!finding) throw invalid(text('errors.evidence.findingNotInAudit'), [issue('findingId', text('errors.evidence.findingNotInAuditShort'))]);
  }
}
