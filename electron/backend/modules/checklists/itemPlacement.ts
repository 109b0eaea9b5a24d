import { eq } from 'drizzle-orm';
import { checklistItems } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid, issue, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { requireDraftItem, requireDraftSection } from './checklistRules';
import { requireItemView } from './checklistViews';
import { itemIdsInOrder, moveTo, setItemOrder } from './ordering';

type Handlers = ModuleHandlers<'checklists.moveItem' | 'checklists.setItemRetired' | 'checklists.deleteItem'>;

/** Moves an item within its section or into another section of the same draft; toIndex is its place afterwards. */
export const moveItem: Handlers['checklists.moveItem'] = (ctx, { id, sectionId, toIndex }) => {
  const { db } = ctx.store;
  const item = requireDraftItem(db, id);
  const target = requireDraftSection(db, sectionId);
  if (target.versionId !== item.versionId) {
    throw invalid(text('errors.checklist.moveAcrossVersions'), [issue('sectionId', text('errors.checklist.moveTargetOtherVersion'))]);
  }
  const from = { sectionId: item.sectionId, index: itemIdsInOrder(db, item.sectionId).indexOf(id) };
  if (item.sectionId !== sectionId) setItemOrder(db, item.sectionId, itemIdsInOrder(db, item.sectionId).filter((other) => other !== id));
  const order = moveTo(itemIdsInOrder(db, sectionId), id, toIndex);
  setItemOrder(db, sectionId, order);
  recordChange(ctx, { entity: 'checklist_item', entityId: id, action: 'update', changes: { position: [from, { sectionId, index: order.indexOf(id) }] } });
  return requireItemView(db, id);
};

/** A retired item stays in the draft (and in the versions published from it) but is no longer asked. */
export const setItemRetired: Handlers['checklists.setItemRetired'] = (ctx, { id, retired }) => {
  const { db } = ctx.store;
  const before = requireDraftItem(db, id);
  if (before.retired !== retired) {
    db.update(checklistItems).set({ retired }).where(eq(checklistItems.id, id)).run();
    recordChange(ctx, { entity: 'checklist_item', entityId: id, action: 'update', changes: { retired: [before.retired, retired] } });
  }
  return requireItemView(db, id);
};

export const deleteItem: Handlers['checklists.deleteItem'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const item = requireDraftItem(db, id);
  db.delete(checklistItems).where(eq(checklistItems.id, id)).run();
  setItemOrder(db, item.sectionId, itemIdsInOrder(db, item.sectionId));
  recordChange(ctx, { entity: 'checklist_item', entityId: id, action: 'delete', changes: { code: item.code, question: item.question } });
  return { id };
};
