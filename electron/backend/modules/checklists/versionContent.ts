import { randomUUID } from 'node:crypto';
import { and, eq, max } from 'drizzle-orm';
import { checklistItems, checklistSections, checklistTemplates, checklistVersions } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { ChecklistSectionView, ItemFields } from '../../../shared/contract/checklists';
import type { TemplatePurpose } from '../../../shared/contract/vocabulary';
import { conflict, text } from '../../api/errors';

export type ItemContent = ItemFields & { retired: boolean };
export interface SectionContent {
  code: string;
  title: string;
  items: ItemContent[];
}

/** Rows per INSERT, well under SQLite's limit on bound parameters. */
const ITEMS_PER_STATEMENT = 200;

export function insertVersionContent(db: AppDatabase, versionId: string, sections: readonly SectionContent[]): void {
  sections.forEach((section, sectionIndex) => {
    const sectionId = randomUUID();
    db.insert(checklistSections).values({ id: sectionId, versionId, code: section.code, title: section.title, sortOrder: sectionIndex }).run();
    const rows = section.items.map((item, itemIndex) => ({ ...item, id: randomUUID(), versionId, sectionId, sortOrder: itemIndex }));
    for (let start = 0; start < rows.length; start += ITEMS_PER_STATEMENT) {
      db.insert(checklistItems).values(rows.slice(start, start + ITEMS_PER_STATEMENT)).run();
    }
  });
}

/** A version's structure without its ids, ready to copy into another version. */
export function contentOf(sections: readonly ChecklistSectionView[]): SectionContent[] {
  return sections.map((section) => ({
    code: section.code,
    title: section.title,
    items: section.items.map(({ id: _id, sectionId: _sectionId, sortOrder: _sortOrder, ...item }) => item),
  }));
}

export interface NewTemplate {
  code: string;
  name: string;
  purpose: TemplatePurpose;
  description: string;
  builtIn?: boolean;
  clonedFromVersionId?: string | null;
}

/** A template with its first version, as a draft holding the given content. */
export function insertTemplateWithDraft(db: AppDatabase, template: NewTemplate, year: number | null, content: readonly SectionContent[]) {
  const templateId = randomUUID();
  db.insert(checklistTemplates).values({ id: templateId, ...template }).run();
  const versionId = insertDraftVersion(db, templateId, year, content);
  return { templateId, versionId };
}

/** The next version of a template, as a draft; a template has at most one draft at a time. */
export function insertDraftVersion(db: AppDatabase, templateId: string, year: number | null, content: readonly SectionContent[]): string {
  const draft = db
    .select({ version: checklistVersions.version })
    .from(checklistVersions)
    .where(and(eq(checklistVersions.templateId, templateId), eq(checklistVersions.status, 'draft')))
    .get();
  if (draft) throw conflict(text('errors.checklist.draftExists', { version: draft.version }));
  const last = db.select({ value: max(checklistVersions.version) }).from(checklistVersions).where(eq(checklistVersions.templateId, templateId)).get()?.value ?? 0;
  const versionId = randomUUID();
  db.insert(checklistVersions).values({ id: versionId, templateId, version: last + 1, status: 'draft', year }).run();
  insertVersionContent(db, versionId, content);
  return versionId;
}
