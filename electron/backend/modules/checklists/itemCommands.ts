import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { checklistItems } from '../../../../db/schema';
import { itemRuleIssues } from '../../../shared/rules/checklistItems';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid, text } from '../../api/errors';
import { diffFields, recordChange } from '../../api/recordChange';
import { assertItemCodeFree, requireDraftItem, requireDraftSection } from './checklistRules';
import { requireItemView } from './checklistViews';
import { itemIdsInOrder } from './ordering';

type Handlers = ModuleHandlers<'checklists.addItem' | 'checklists.updateItem'>;

export const addItem: Handlers['checklists.addItem'] = (ctx, { sectionId, ...fields }) => {
  const { db } = ctx.store;
  const section = requireDraftSection(db, sectionId);
  assertItemCodeFree(db, section.versionId, fields.code);
  const id = randomUUID();
  db.insert(checklistItems)
    .values({ ...fields, id, versionId: section.versionId, sectionId, sortOrder: itemIdsInOrder(db, sectionId).length })
    .run();
  recordChange(ctx, { entity: 'checklist_item', entityId: id, action: 'create', changes: { sectionId, ...fields } });
  return requireItemView(db, id);
};

/** The patch is checked together with what it leaves unchanged: a numeric item keeps its comparator and threshold. */
export const updateItem: Handlers['checklists.updateItem'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requireDraftItem(db, id);
  const issues = itemRuleIssues({ ...before, ...patch });
  if (issues.length > 0) throw invalid(text('errors.checklist.itemInvalid', { problems: issues.map((i) => i.message) }), issues);
  if (patch.code !== undefined) assertItemCodeFree(db, before.versionId, patch.code, id);
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length > 0) {
    db.update(checklistItems).set(patch).where(eq(checklistItems.id, id)).run();
    recordChange(ctx, { entity: 'checklist_item', entityId: id, action: 'update', changes });
  }
  return requireItemView(db, id);
};
