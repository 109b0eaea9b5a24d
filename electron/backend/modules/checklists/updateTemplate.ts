import { eq } from 'drizzle-orm';
import { checklistTemplates } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { assertTemplateCodeFree } from './checklistRules';
import { requireTemplateDetail, requireTemplateRow } from './checklistViews';

type Handlers = ModuleHandlers<'checklists.updateTemplate' | 'checklists.setTemplateRetired'>;

/** Name, code and description describe the template, not a version: audits show the current name. */
export const updateTemplate: Handlers['checklists.updateTemplate'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requireTemplateRow(db, id);
  if (patch.code !== undefined) assertTemplateCodeFree(db, patch.code, id);
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length > 0) {
    db.update(checklistTemplates).set(patch).where(eq(checklistTemplates.id, id)).run();
    recordChange(ctx, { entity: 'checklist_template', entityId: id, action: 'update', changes });
  }
  return requireTemplateDetail(db, id);
};

/** A retired template is no longer offered for new audits; its versions and the audits that used them stay. */
export const setTemplateRetired: Handlers['checklists.setTemplateRetired'] = (ctx, { id, retired }) => {
  const { db } = ctx.store;
  const before = requireTemplateRow(db, id);
  if (before.retired !== retired) {
    db.update(checklistTemplates).set({ retired }).where(eq(checklistTemplates.id, id)).run();
    recordChange(ctx, { entity: 'checklist_template', entityId: id, action: 'update', changes: { retired: [before.retired, retired] } });
  }
  return requireTemplateDetail(db, id);
};
