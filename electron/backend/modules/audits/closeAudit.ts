import { eq } from 'drizzle-orm';
import { audits } from '../../../../db/schema';
import { asClosingReason, endedTimeIssue, proposedEndedTime } from '../../../shared/rules/auditClosing';
import { AppError, invalid, issue, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { loadChecklistSections } from './auditChecklist';
import { closeBlockers, closeRefusal } from './auditResults';
import { assertAuditHere } from '../packages/handovers';
import { requireAuditRow, requireEditableAudit } from './auditRules';
import { requireAuditDetail } from './auditViews';

/**
 * Refused while the audit's end date is still ahead, and while any item is unanswered or "không áp
 * dụng" without a reason, naming those items. Records when the inspection ended: the time given,
 * else the one already recorded, else the proposed one.
 */
export const closeAudit: ModuleHandlers<'audits.close'>['audits.close'] = (ctx, { id, endedTime: givenTime }) => {
  const { db } = ctx.store;
  const audit = requireEditableAudit(db, id);
  const endedTime = givenTime ?? audit.endedTime ?? proposedEndedTime(audit.endDate, ctx.now());
  const dateRefusal = endedTimeIssue(audit.endDate, endedTime, ctx.now());
  if (dateRefusal) throw invalid(text('errors.close.tooEarly', { reason: asClosingReason(dateRefusal) }), [issue('endedTime', dateRefusal)]);
  const blockers = closeBlockers(loadChecklistSections(db, id, audit.templateVersionId));
  if (blockers.length > 0) {
    throw invalid(
      closeRefusal(blockers),
      blockers.map((b) => issue(`items.${b.itemId}`, text(b.problem === 'unanswered' ? 'errors.close.itemUnanswered' : 'errors.close.itemNoReason', { code: b.code }))),
    );
  }
  const closedAt = ctx.now().toISOString();
  db.update(audits).set({ status: 'closed', closedAt, endedTime, updatedAt: closedAt }).where(eq(audits.id, id)).run();
  recordChange(ctx, { entity: 'audit', entityId: id, action: 'update', changes: { status: ['in_progress', 'closed'], endedTime: [audit.endedTime, endedTime] } });
  return requireAuditDetail(db, id);
};

/** Back to work on a closed audit; once its minutes are issued it stays locked. */
export const reopenAudit: ModuleHandlers<'audits.reopen'>['audits.reopen'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const audit = requireAuditRow(db, id);
  assertAuditHere(db, audit);
  if (audit.status === 'locked') {
    throw new AppError('LOCKED', text('errors.audit.cannotReopen', { title: audit.title }));
  }
  if (audit.status === 'in_progress') return requireAuditDetail(db, id);
  db.update(audits).set({ status: 'in_progress', closedAt: null, updatedAt: ctx.now().toISOString() }).where(eq(audits.id, id)).run();
  recordChange(ctx, { entity: 'audit', entityId: id, action: 'update', changes: { status: ['closed', 'in_progress'] } });
  return requireAuditDetail(db, id);
};
