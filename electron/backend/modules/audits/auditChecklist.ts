import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import { checklistItems, checklistSections, evidenceLinks, findings, itemResponses } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { AuditChecklistView, AuditSectionView, ResponseView } from '../../../shared/contract/audits';
import type { ModuleHandlers } from '../../api/handlers';
import { selectItems } from '../checklists/checklistViews';
import { requireAuditRow } from './auditRules';

export const responseColumns = {
  itemId: itemResponses.itemId,
  conformity: itemResponses.conformity,
  numericValue: itemResponses.numericValue,
  indicatorMet: itemResponses.indicatorMet,
  yesNo: itemResponses.yesNo,
  textValue: itemResponses.textValue,
  note: itemResponses.note,
  notApplicableReason: itemResponses.notApplicableReason,
  updatedAt: itemResponses.updatedAt,
  updatedBy: itemResponses.updatedBy,
};

/** The version's sections and the items still asked, each with the audit's answer, findings and evidence count. */
export function loadChecklistSections(db: AppDatabase, auditId: string, versionId: string): AuditSectionView[] {
  const sections = db
    .select({ id: checklistSections.id, code: checklistSections.code, title: checklistSections.title })
    .from(checklistSections)
    .where(eq(checklistSections.versionId, versionId))
    .orderBy(asc(checklistSections.sortOrder))
    .all();
  const items = selectItems(db, and(eq(checklistItems.versionId, versionId), eq(checklistItems.retired, false))!).map(
    ({ retired: _retired, sortOrder: _sortOrder, ...item }) => item,
  );
  const responses = new Map<string, ResponseView>(
    db
      .select(responseColumns)
      .from(itemResponses)
      .where(eq(itemResponses.auditId, auditId))
      .all()
      .map((response) => [response.itemId, response]),
  );
  const findingNumbers = new Map<string, number[]>();
  for (const finding of db
    .select({ itemId: findings.itemId, number: findings.number })
    .from(findings)
    .where(and(eq(findings.auditId, auditId), isNotNull(findings.itemId)))
    .orderBy(asc(findings.number))
    .all()) {
    findingNumbers.set(finding.itemId!, [...(findingNumbers.get(finding.itemId!) ?? []), finding.number]);
  }
  const evidenceCounts = new Map(
    db
      .select({ itemId: evidenceLinks.itemId, total: count() })
      .from(evidenceLinks)
      .where(and(eq(evidenceLinks.auditId, auditId), isNotNull(evidenceLinks.itemId)))
      .groupBy(evidenceLinks.itemId)
      .all()
      .map((row) => [row.itemId!, row.total]),
  );
  return sections.map((section) => ({
    ...section,
    items: items
      .filter((item) => item.sectionId === section.id)
      .map((item) => ({
        ...item,
        response: responses.get(item.id) ?? null,
        findingNumbers: findingNumbers.get(item.id) ?? [],
        evidenceCount: evidenceCounts.get(item.id) ?? 0,
      })),
  }));
}

export const auditChecklist: ModuleHandlers<'audits.checklist'>['audits.checklist'] = (ctx, { auditId }): AuditChecklistView => {
  const audit = requireAuditRow(ctx.store.db, auditId);
  return { auditId, status: audit.status, sections: loadChecklistSections(ctx.store.db, auditId, audit.templateVersionId) };
};
