import { count, eq } from 'drizzle-orm';
import { audits, checklistTemplates, checklistVersions } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { conflict, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { requireDraft } from './checklistRules';
import { requireTemplateDetail, requireVersionSummary, selectSections } from './checklistViews';
import { contentOf, insertDraftVersion } from './versionContent';

type Handlers = ModuleHandlers<'checklists.createDraft' | 'checklists.updateDraft' | 'checklists.discardDraft'>;

/** The next version starts as a copy of the published one (or of the newest, if none is published). */
export const createDraft: Handlers['checklists.createDraft'] = (ctx, { templateId, year }) => {
  const { db } = ctx.store;
  const template = requireTemplateDetail(db, templateId);
  const source = template.versions.find((v) => v.status === 'published') ?? template.versions[0];
  const content = source ? contentOf(selectSections(db, source.id)) : [];
  const versionId = insertDraftVersion(db, templateId, year === undefined ? (source?.year ?? null) : year, content);
  const draft = requireVersionSummary(db, versionId);
  recordChange(ctx, { entity: 'checklist_version', entityId: versionId, action: 'create', changes: { templateId, version: draft.version, copiedFrom: source?.id ?? null } });
  return draft;
};

export const updateDraft: Handlers['checklists.updateDraft'] = (ctx, { id, year }) => {
  const { db } = ctx.store;
  const draft = requireDraft(db, id);
  if (draft.year !== year) {
    db.update(checklistVersions).set({ year }).where(eq(checklistVersions.id, id)).run();
    recordChange(ctx, { entity: 'checklist_version', entityId: id, action: 'update', changes: { year: [draft.year, year] } });
  }
  return requireVersionSummary(db, id);
};

/** Throws the draft away; a template that was never published goes with it. */
export const discardDraft: Handlers['checklists.discardDraft'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const draft = requireDraft(db, id);
  const used = db.select({ n: count() }).from(audits).where(eq(audits.templateVersionId, id)).get()?.n ?? 0;
  if (used > 0) throw conflict(text('errors.checklist.draftInUse', { count: used }));
  db.delete(checklistVersions).where(eq(checklistVersions.id, id)).run();
  recordChange(ctx, { entity: 'checklist_version', entityId: id, action: 'delete', changes: { templateId: draft.templateId, version: draft.version } });
  const remaining = db.select({ id: checklistVersions.id }).from(checklistVersions).where(eq(checklistVersions.templateId, draft.templateId)).get();
  if (!remaining) {
    db.delete(checklistTemplates).where(eq(checklistTemplates.id, draft.templateId)).run();
    recordChange(ctx, { entity: 'checklist_template', entityId: draft.templateId, action: 'delete', changes: { name: draft.templateName } });
  }
  return { templateDeleted: !remaining };
};
