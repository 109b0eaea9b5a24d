import { and, eq } from 'drizzle-orm';
import { checklistVersions } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { itemRuleIssues } from '../../../shared/rules/checklistItems';
import type { ChecklistSectionView } from '../../../shared/contract/checklists';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { requireDraft } from './checklistRules';
import { requireVersionSummary, selectSections } from './checklistViews';

/** What stops a draft from being published: every reason, so the user fixes them in one go. */
export function publishBlockers(sections: readonly ChecklistSectionView[]): string[] {
  const asked = sections.flatMap((section) => section.items.filter((item) => !item.retired));
  if (asked.length === 0) return ['Bản nháp chưa có câu hỏi nào đang dùng; hãy thêm câu hỏi trước khi công bố.'];
  const emptySections = sections
    .filter((section) => !section.items.some((item) => !item.retired))
    .map((section) => `Phần ${section.code} "${section.title}" chưa có câu hỏi nào đang dùng; hãy thêm câu hỏi hoặc xóa phần này.`);
  const badItems = asked.flatMap((item) => itemRuleIssues(item).map((issue) => `Câu hỏi ${item.code}: ${issue.message}.`));
  return [...emptySections, ...badItems];
}

/** The draft becomes the version new audits use; the version published before it is kept, as superseded. */
export function publishDraft(db: AppDatabase, versionId: string, at: string, by: string): void {
  const draft = requireDraft(db, versionId);
  const blockers = publishBlockers(selectSections(db, versionId));
  if (blockers.length > 0) {
    throw invalid(`Chưa công bố được: ${blockers.join(' ')}`, blockers.map((message) => ({ path: 'sections', message })));
  }
  db.update(checklistVersions)
    .set({ status: 'superseded' })
    .where(and(eq(checklistVersions.templateId, draft.templateId), eq(checklistVersions.status, 'published')))
    .run();
  db.update(checklistVersions).set({ status: 'published', publishedAt: at, publishedBy: by }).where(eq(checklistVersions.id, versionId)).run();
}

export const publishVersion: ModuleHandlers<'checklists.publish'>['checklists.publish'] = (ctx, { id }) => {
  const { db } = ctx.store;
  publishDraft(db, id, ctx.now().toISOString(), ctx.actor.name);
  const published = requireVersionSummary(db, id);
  recordChange(ctx, { entity: 'checklist_version', entityId: id, action: 'update', changes: { status: ['draft', 'published'], version: published.version } });
  return published;
};
