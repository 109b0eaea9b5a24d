import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { checklistItems, checklistSections } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { assertSectionCodeFree, requireDraft, requireDraftSection } from './checklistRules';
import { requireSectionView } from './checklistViews';
import { moveTo, sectionIdsInOrder, setSectionOrder } from './ordering';

type Handlers = ModuleHandlers<'checklists.addSection' | 'checklists.updateSection' | 'checklists.moveSection' | 'checklists.deleteSection'>;

export const addSection: Handlers['checklists.addSection'] = (ctx, { versionId, code, title }) => {
  const { db } = ctx.store;
  requireDraft(db, versionId);
  assertSectionCodeFree(db, versionId, code);
  const id = randomUUID();
  db.insert(checklistSections).values({ id, versionId, code, title, sortOrder: sectionIdsInOrder(db, versionId).length }).run();
  recordChange(ctx, { entity: 'checklist_section', entityId: id, action: 'create', changes: { versionId, code, title } });
  return requireSectionView(db, id);
};

export const updateSection: Handlers['checklists.updateSection'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requireDraftSection(db, id);
  if (patch.code !== undefined) assertSectionCodeFree(db, before.versionId, patch.code, id);
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length > 0) {
    db.update(checklistSections).set(patch).where(eq(checklistSections.id, id)).run();
    recordChange(ctx, { entity: 'checklist_section', entityId: id, action: 'update', changes });
  }
  return requireSectionView(db, id);
};

export const moveSection: Handlers['checklists.moveSection'] = (ctx, { id, toIndex }) => {
  const { db } = ctx.store;
  const section = requireDraftSection(db, id);
  const before = sectionIdsInOrder(db, section.versionId);
  const after = moveTo(before, id, toIndex);
  setSectionOrder(db, after);
  recordChange(ctx, { entity: 'checklist_section', entityId: id, action: 'update', changes: { position: [before.indexOf(id), after.indexOf(id)] } });
  return requireSectionView(db, id);
};

export const deleteSection: Handlers['checklists.deleteSection'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const section = requireDraftSection(db, id);
  const deletedItems = db.select({ n: count() }).from(checklistItems).where(eq(checklistItems.sectionId, id)).get()?.n ?? 0;
  db.delete(checklistSections).where(eq(checklistSections.id, id)).run();
  setSectionOrder(db, sectionIdsInOrder(db, section.versionId));
  recordChange(ctx, { entity: 'checklist_section', entityId: id, action: 'delete', changes: { code: section.code, title: section.title, deletedItems } });
  return { deletedItems };
};
