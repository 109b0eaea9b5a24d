import { asc, desc, eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { AppDatabase } from '../../../../db/store';
import { audits, checklistItems, checklistSections, checklistTemplates, checklistVersions, units } from '../../../../db/schema';
import type {
  ChecklistAuditUse,
  ChecklistItemView,
  ChecklistSectionView,
  ChecklistTemplateDetail,
  ChecklistTemplateSummary,
  ChecklistVersionDetail,
  ChecklistVersionSummary,
} from '../../../shared/contract/checklists';
import { vietnameseCollator } from '../../../shared/text';
import { notFound } from '../../api/errors';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function selectVersionSummaries(db: AppDatabase, where?: SQL): ChecklistVersionSummary[] {
  return db
    .select({
      id: checklistVersions.id,
      templateId: checklistVersions.templateId,
      version: checklistVersions.version,
      status: checklistVersions.status,
      year: checklistVersions.year,
      publishedAt: checklistVersions.publishedAt,
      publishedBy: checklistVersions.publishedBy,
      createdAt: checklistVersions.createdAt,
      // Qualified by hand: inside a subquery an unqualified "id" would name the inner table's column.
      sectionCount: sql<number>`(select count(*) from checklist_sections s where s.version_id = checklist_versions.id)`,
      itemCount: sql<number>`(select count(*) from checklist_items i where i.version_id = checklist_versions.id and i.retired = 0)`,
      auditCount: sql<number>`(select count(*) from audits a where a.template_version_id = checklist_versions.id)`,
    })
    .from(checklistVersions)
    .where(where)
    .orderBy(desc(checklistVersions.version))
    .all();
}

type TemplateRow = typeof checklistTemplates.$inferSelect;

function templateBase(template: TemplateRow, versions: ChecklistVersionSummary[]) {
  return {
    id: template.id,
    code: template.code,
    name: template.name,
    purpose: template.purpose,
    description: template.description,
    builtIn: template.builtIn,
    retired: template.retired,
    auditCount: versions.reduce((sum, v) => sum + v.auditCount, 0),
  };
}

export function selectTemplateSummaries(db: AppDatabase): ChecklistTemplateSummary[] {
  const byTemplate = groupBy(selectVersionSummaries(db), (v) => v.templateId);
  return db
    .select()
    .from(checklistTemplates)
    .all()
    .map((template) => {
      const versions = byTemplate.get(template.id) ?? [];
      const published = versions.find((v) => v.status === 'published');
      const draft = versions.find((v) => v.status === 'draft');
      return {
        ...templateBase(template, versions),
        published: published
          ? { id: published.id, version: published.version, year: published.year, publishedAt: published.publishedAt ?? '', itemCount: published.itemCount }
          : null,
        draft: draft ? { id: draft.id, version: draft.version, year: draft.year } : null,
        versionCount: versions.length,
      };
    })
    .sort((a, b) => vietnameseCollator.compare(a.name, b.name));
}

export function requireTemplateRow(db: AppDatabase, id: string): TemplateRow {
  const template = db.select().from(checklistTemplates).where(eq(checklistTemplates.id, id)).get();
  if (!template) throw notFound('checklist');
  return template;
}

export function requireTemplateDetail(db: AppDatabase, id: string): ChecklistTemplateDetail {
  const template = requireTemplateRow(db, id);
  const versions = selectVersionSummaries(db, eq(checklistVersions.templateId, id));
  const source = template.clonedFromVersionId
    ? db
        .select({ templateId: checklistTemplates.id, templateName: checklistTemplates.name, versionId: checklistVersions.id, version: checklistVersions.version })
        .from(checklistVersions)
        .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
        .where(eq(checklistVersions.id, template.clonedFromVersionId))
        .get()
    : undefined;
  return { ...templateBase(template, versions), clonedFrom: source ?? null, versions };
}

const itemColumns = {
  id: checklistItems.id,
  sectionId: checklistItems.sectionId,
  code: checklistItems.code,
  reference: checklistItems.reference,
  referenceTitle: checklistItems.referenceTitle,
  question: checklistItems.question,
  guidance: checklistItems.guidance,
  evidenceHint: checklistItems.evidenceHint,
  answerType: checklistItems.answerType,
  numericUnit: checklistItems.numericUnit,
  comparator: checklistItems.comparator,
  threshold: checklistItems.threshold,
  points: checklistItems.points,
  evidenceRequired: checklistItems.evidenceRequired,
  usuallyNotApplicable: checklistItems.usuallyNotApplicable,
  notApplicableHint: checklistItems.notApplicableHint,
  retired: checklistItems.retired,
  sortOrder: checklistItems.sortOrder,
};

export function selectItems(db: AppDatabase, where: SQL): ChecklistItemView[] {
  return db.select(itemColumns).from(checklistItems).where(where).orderBy(asc(checklistItems.sortOrder)).all();
}

export function requireItemView(db: AppDatabase, id: string): ChecklistItemView {
  const [item] = selectItems(db, eq(checklistItems.id, id));
  if (!item) throw notFound('checklistItem');
  return item;
}

export function selectSections(db: AppDatabase, versionId: string): ChecklistSectionView[] {
  const itemsBySection = groupBy(selectItems(db, eq(checklistItems.versionId, versionId)), (item) => item.sectionId);
  return db
    .select({ id: checklistSections.id, code: checklistSections.code, title: checklistSections.title, sortOrder: checklistSections.sortOrder })
    .from(checklistSections)
    .where(eq(checklistSections.versionId, versionId))
    .orderBy(asc(checklistSections.sortOrder))
    .all()
    .map((section) => ({ ...section, items: itemsBySection.get(section.id) ?? [] }));
}

export function requireSectionView(db: AppDatabase, id: string): ChecklistSectionView {
  const section = db.select({ versionId: checklistSections.versionId }).from(checklistSections).where(eq(checklistSections.id, id)).get();
  const view = section && selectSections(db, section.versionId).find((s) => s.id === id);
  if (!view) throw notFound('checklistSection');
  return view;
}

export function requireVersionSummary(db: AppDatabase, id: string): ChecklistVersionSummary {
  const [version] = selectVersionSummaries(db, eq(checklistVersions.id, id));
  if (!version) throw notFound('checklistVersion');
  return version;
}

export function requireVersionDetail(db: AppDatabase, id: string): ChecklistVersionDetail {
  const version = requireVersionSummary(db, id);
  const template = requireTemplateRow(db, version.templateId);
  return {
    template: { id: template.id, code: template.code, name: template.name, purpose: template.purpose, description: template.description, builtIn: template.builtIn },
    version,
    sections: selectSections(db, id),
  };
}

export function selectVersionAudits(db: AppDatabase, versionId: string): ChecklistAuditUse[] {
  return db
    .select({
      id: audits.id,
      title: audits.title,
      kind: audits.kind,
      unitName: units.name,
      startDate: audits.startDate,
      endDate: audits.endDate,
      status: audits.status,
    })
    .from(audits)
    .innerJoin(units, eq(units.id, audits.unitId))
    .where(eq(audits.templateVersionId, versionId))
    .orderBy(desc(audits.startDate))
    .all();
}
