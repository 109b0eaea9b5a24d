import { endedTimeIssue, proposedEndedTime } from '../../../shared/rules/auditClosing';
import type { ModuleHandlers } from '../../api/handlers';
import { loadChecklistSections } from './auditChecklist';
import { closeBlockers } from './auditResults';
import { requireAuditRow } from './auditRules';
import { pendingAtClose } from './pendingAtClose';

/** What the close dialog shows; it reads, it changes nothing. */
export const closingCheck: ModuleHandlers<'audits.closingCheck'>['audits.closingCheck'] = (ctx, { auditId }) => {
  const audit = requireAuditRow(ctx.store.db, auditId);
  const sections = loadChecklistSections(ctx.store.db, audit.id, audit.templateVersionId);
  const endedTime = audit.endedTime ?? proposedEndedTime(audit.endDate, ctx.now());
  return {
    auditId: audit.id,
    endDate: audit.endDate,
    endedTime,
    dateRefusal: endedTimeIssue(audit.endDate, null, ctx.now()),
    closeBlockers: closeBlockers(sections),
    ...pendingAtClose(sections, audit),
  };
};
