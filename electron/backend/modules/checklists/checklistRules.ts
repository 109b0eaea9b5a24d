import { and, eq, ne, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../../../db/store';
import { checklistItems, checklistSections, checklistTemplates, checklistVersions } from '../../../../db/schema';
import { AppError, conflict, issue, notFound, text } from '../../api/errors';
import type { LocalizedText } from '../../../shared/i18n/catalog';

export type VersionRow = typeof checklistVersions.$inferSelect;
export type SectionRow = typeof checklistSections.$inferSelect;
export type ItemRow = typeof checklistItems.$inferSelect;

export function requireVersionRow(db: AppDatabase, id: string): VersionRow & { templateName: string } {
  const row = db
    .select({ version: checklistVersions, templateName: checklistTemplates.name })
    .from(checklistVersions)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
    .where(eq(checklistVersions.id, id))
    .get();
  if (!row) throw notFound('checklistVersion');
  return { ...row.version, templateName: row.templateName };
}

/** Only a draft is edited: a published version is what audits keep, exactly as it was. */
export function requireDraft(db: AppDatabase, versionId: string): VersionRow & { templateName: string } {
  const version = requireVersionRow(db, versionId);
  if (version.status !== 'draft') {
    const key = version.status === 'published' ? 'errors.checklist.versionLocked' : 'errors.checklist.versionRetired';
    throw new AppError('LOCKED', text(key, { version: version.version, template: version.templateName }));
  }
  return version;
}

export function requireDraftSection(db: AppDatabase, sectionId: string): SectionRow {
  const section = db.select().from(checklistSections).where(eq(checklistSections.id, sectionId)).get();
  if (!section) throw notFound('checklistSection');
  requireDraft(db, section.versionId);
  return section;
}

export function requireDraftItem(db: AppDatabase, itemId: string): ItemRow {
  const item = db.select().from(checklistItems).where(eq(checklistItems.id, itemId)).get();
  if (!item) throw notFound('checklistItem');
  requireDraft(db, item.versionId);
  return item;
}

/** A row of `table` whose code equals `code` (ignoring case) within `scope`, other than `exceptId`. */
function findCodeClash(db: AppDatabase, table: SQLiteTable, columns: { id: AnySQLiteColumn; code: AnySQLiteColumn }, code: string, scope?: SQL, exceptId?: string) {
  return db
    .select({ id: columns.id })
    .from(table)
    .where(and(scope, sql`lower(${columns.code}) = lower(${code})`, exceptId ? ne(columns.id, exceptId) : undefined))
    .get();
}

function refuseIfTaken(clash: unknown, message: LocalizedText): void {
  if (clash) throw conflict(message, [issue('code', message)]);
}

export function assertTemplateCodeFree(db: AppDatabase, code: string, exceptId?: string): void {
  refuseIfTaken(findCodeClash(db, checklistTemplates, checklistTemplates, code, undefined, exceptId), text('errors.checklist.codeTaken', { code }));
}

export function assertSectionCodeFree(db: AppDatabase, versionId: string, code: string, exceptId?: string): void {
  const clash = findCodeClash(db, checklistSections, checklistSections, code, eq(checklistSections.versionId, versionId), exceptId);
  refuseIfTaken(clash, text('errors.checklist.sectionCodeTaken', { code }));
}

export function assertItemCodeFree(db: AppDatabase, versionId: string, code: string, exceptId?: string): void {
  const clash = findCodeClash(db, checklistItems, checklistItems, code, eq(checklistItems.versionId, versionId), exceptId);
  refuseIfTaken(clash, text('errors.checklist.itemCodeTaken', { code }));
}
