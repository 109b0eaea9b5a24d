import { and, eq } from 'drizzle-orm';
import { checklistItems, itemResponses } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid, issue, text } from '../../api/errors';
import { diffFields, recordChange } from '../../api/recordChange';
import { requireEditableAudit } from './auditRules';
import { responseColumns } from './auditChecklist';
import { applyAnswerChange, blankAnswer } from '../../../shared/rules/answers';

/** One answer change, committed before it is acknowledged. */
export const saveResponse: ModuleHandlers<'audits.saveResponse'>['audits.saveResponse'] = (ctx, { auditId, itemId, ...patch }) => {
  const { db } = ctx.store;
  const audit = requireEditableAudit(db, auditId);
  const item = db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.id, itemId), eq(checklistItems.versionId, audit.templateVersionId)))
    .get();
  if (!item || item.retired) {
    const message = item ? text('errors.audit.itemRetired', { code: item.code }) : text('errors.audit.itemNotInVersion');
    throw invalid(message, [issue('itemId', message)]);
  }
  const existing = db
    .select({ id: itemResponses.id, ...responseColumns })
    .from(itemResponses)
    .where(and(eq(itemResponses.auditId, auditId), eq(itemResponses.itemId, itemId)))
    .get();
  const { next, issues } = applyAnswerChange(item, existing ?? blankAnswer, patch);
  if (issues.length > 0) throw invalid(issues.map((issue) => issue.message).join('; '), issues);

  const changes = diffFields(existing ?? blankAnswer, next);
  if (existing && Object.keys(changes).length === 0) return responseOf(existing);
  const stamp = { updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor.name };
  const saved = db
    .insert(itemResponses)
    .values({ auditId, itemId, ...next, ...stamp })
    .onConflictDoUpdate({ target: [itemResponses.auditId, itemResponses.itemId], set: { ...next, ...stamp } })
    .returning({ id: itemResponses.id, ...responseColumns })
    .get();
  // The answer's row names its audit; the log keeps only the item's code, to read on its own, and what changed.
  recordChange(ctx, { entity: 'item_response', entityId: saved.id, action: existing ? 'update' : 'create', changes: { itemCode: item.code, ...changes } });
  return responseOf(saved);
};

function responseOf<T extends { id: string }>({ id: _id, ...response }: T): Omit<T, 'id'> {
  return response;
}
