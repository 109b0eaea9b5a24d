import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertTemplateCodeFree } from './checklistRules';
import { requireTemplateDetail } from './checklistViews';
import { insertTemplateWithDraft } from './versionContent';

export const createTemplate: ModuleHandlers<'checklists.createTemplate'>['checklists.createTemplate'] = (ctx, { year, ...fields }) => {
  const { db } = ctx.store;
  assertTemplateCodeFree(db, fields.code);
  const { templateId, versionId } = insertTemplateWithDraft(db, fields, year, []);
  recordChange(ctx, { entity: 'checklist_template', entityId: templateId, action: 'create', changes: { ...fields, year, draftVersionId: versionId } });
  return requireTemplateDetail(db, templateId);
};
