import { and, eq } from 'drizzle-orm';
import { checklistVersions } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { itemRuleIssues } from '../../../shared/rules/checklistItems';
import type { ChecklistSectionView } from '../../../shared/contract/checklists';
import type { ModuleHandlers } from '../../api/handlers';
import { invalid, issue, sentences, text } from '../../api/errors';
import type { LocalizedText } from '../../../shared/i18n/catalog';
import { recordChange } from '../../api/recordChange';
import { requireDraft } from './checklistRules';
import { requireVersionSummary, selectSections } from './checklistViews';

/** What stops a draft from being published: every reason, so the user fixes them in one go. */
export function publishBlockers(sections: readonly ChecklistSectionView[]): LocalizedText[] {
  const asked = sections.flatMap((section) => section.items.filter((item) => !item.retired));
  if (asked.length === 0) return [text('blockers.publish.noItems')];
  const emptySections = sections
    .filter((section) => !section.items.some((item) => !item.retired))
    .map((section) => text('blockers.publish.emptySection', { code: section.code, title: section.title }));
  const badItems = asked.flatMap((item) => itemRuleIssues(item).map((rule) => text('blockers.publish.badItem', { code: item.code, issue: rule.message })));
  return [...emptySections, ...badItems];
}

/** The draft becomes the version new audits use; the version published before it is kept, as superseded. */
export function publishDraft(db: AppDatabase, versionId: string, at: string, by: string): void {
  const draft = requireDraft(db, versionId);
  const blockers = publishBlockers(selectSections(db, versionId));
  if (blockers.length > 0) {
    throw invalid(text('blockers.publish.refused', { blockers: sentences(blockers) }), blockers.map((blocker) => issue('sections', blocker)));
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
