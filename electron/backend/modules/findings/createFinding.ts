import { and, eq, max } from 'drizzle-orm';
import { checklistItems, findings } from '../../../../db/schema';
import type { FindingFields } from '../../../shared/contract/findings';
import type { HandlerContext } from '../../api/context';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid, issue, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { requireEditableAudit } from '../audits/auditRules';
import { requireFindingView } from './findingViews';

/** Numbered after the audit's last finding: 01, 02, … */
export const createFinding: ModuleHandlers<'findings.create'>['findings.create'] = (ctx, { auditId, itemId, ...fields }) => {
  const { db } = ctx.store;
  const audit = requireEditableAudit(db, auditId);
  if (itemId) {
    const item = db
      .select({ id: checklistItems.id })
      .from(checklistItems)
      .where(and(eq(checklistItems.id, itemId), eq(checklistItems.versionId, audit.templateVersionId)))
      .get();
    if (!item) throw invalid(text('errors.finding.itemNotInAudit'), [issue('itemId', text('errors.finding.itemNotInAuditShort'))]);
  }
  return requireFindingView(db, insertFinding(ctx, auditId, itemId, fields));
};

/** Writes one finding of an editable audit, numbered after its last, with its change-log entry; returns its id. */
export function insertFinding(ctx: HandlerContext, auditId: string, itemId: string | null, fields: FindingFields): string {
  const { db } = ctx.store;
  const last = db.select({ value: max(findings.number) }).from(findings).where(eq(findings.auditId, auditId)).get()?.value ?? 0;
  const created = db
    .insert(findings)
    .values({ auditId, itemId, number: last + 1, ...fields, createdAt: ctx.now().toISOString(), updatedAt: ctx.now().toISOString() })
    .returning({ id: findings.id })
    .get();
  recordChange(ctx, { entity: 'finding', entityId: created.id, action: 'create', changes: { auditId, itemId, number: last + 1, ...fields } });
  return created.id;
}
