import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertTemplateCodeFree } from './checklistRules';
import { requireTemplateDetail, requireVersionDetail } from './checklistViews';
import { contentOf, insertTemplateWithDraft } from './versionContent';

/** A new template (for example next year's list) whose first draft is a copy of the chosen version. */
export const cloneTemplate: ModuleHandlers<'checklists.clone'>['checklists.clone'] = (ctx, { versionId, year, ...fields }) => {
  const { db } = ctx.store;
  const source = requireVersionDetail(db, versionId);
  assertTemplateCodeFree(db, fields.code);
  const { templateId } = insertTemplateWithDraft(
    db,
    { ...fields, purpose: source.template.purpose, clonedFromVersionId: versionId },
    year,
    contentOf(source.sections),
  );
  recordChange(ctx, { entity: 'checklist_template', entityId: templateId, action: 'create', changes: { ...fields, year, clonedFromVersionId: versionId } });
  return requireTemplateDetail(db, templateId);
};
