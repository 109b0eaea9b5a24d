import { inArray } from 'drizzle-orm';
import { findings } from '../../../../db/schema';
import { proposeFinding } from '../../../shared/rules/findingProposal';
import type { ModuleHandlers } from '../../api/handlers';
import { loadChecklistSections } from '../audits/auditChecklist';
import { requireEditableAudit } from '../audits/auditRules';
import { pendingAtClose } from '../audits/pendingAtClose';
import { insertFinding } from './createFinding';
import { selectFindingViews } from './findingViews';

/**
 * "Ghi tất cả phát hiện đề xuất": one finding per result that calls for one and has none, as the
 * finding form would propose it, in the checklist's order; all in the command's one transaction.
 * Returns the findings written (none when nothing was pending).
 */
export const recordSuggestedFindings: ModuleHandlers<'findings.recordSuggested'>['findings.recordSuggested'] = (ctx, { auditId }) => {
  const { db } = ctx.store;
  const audit = requireEditableAudit(db, auditId);
  const sections = loadChecklistSections(db, audit.id, audit.templateVersionId);
  const items = new Map(sections.flatMap((section) => section.items).map((item) => [item.id, item]));
  const ids = pendingAtClose(sections, audit).suggestedFindings.flatMap((suggestion) => {
    const item = items.get(suggestion.itemId)!;
    const draft = proposeFinding(item, item.response);
    if (!draft) return [];
    const { itemId, ...fields } = draft;
    return [insertFinding(ctx, audit.id, itemId, fields)];
  });
  return ids.length === 0 ? [] : selectFindingViews(db, inArray(findings.id, ids));
};
