import { and, eq, ne, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from '../../../../db/store';
import { checklistItems, checklistSections, checklistTemplates, checklistVersions } from '../../../../db/schema';
import { AppError, conflict, notFound } from '../../api/errors';

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
  if (!row) throw notFound('phiên bản danh mục');
  return { ...row.version, templateName: row.templateName };
}

/** Only a draft is edited: a published version is what audits keep, exactly as it was. */
export function requireDraft(db: AppDatabase, versionId: string): VersionRow & { templateName: string } {
  const version = requireVersionRow(db, versionId);
  if (version.status !== 'draft') {
    const state = version.status === 'published' ? 'đã công bố' : 'là phiên bản cũ';
    throw new AppError(
      'LOCKED',
      `Phiên bản ${version.version} của danh mục "${version.templateName}" ${state} nên không sửa được. Hãy tạo bản nháp mới để thay đổi.`,
    );
  }
  return version;
}

export function requireDraftSection(db: AppDatabase, sectionId: string): SectionRow {
  const section = db.select().from(checklistSections).where(eq(checklistSections.id, sectionId)).get();
  if (!section) throw notFound('phần của danh mục');
  requireDraft(db, section.versionId);
  return section;
}

export function requireDraftItem(db: AppDatabase, itemId: string): ItemRow {
  const item = db.select().from(checklistItems).where(eq(checklistItems.id, itemId)).get();
  if (!item) throw notFound('câu hỏi');
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

function refuseIfTaken(clash: unknown, message: string): void {
  if (clash) throw conflict(message, [{ path: 'code', message }]);
}

export function assertTemplateCodeFree(db: AppDatabase, code: string, exceptId?: string): void {
  refuseIfTaken(findCodeClash(db, checklistTemplates, checklistTemplates, code, undefined, exceptId), `Mã danh mục "${code}" đã được dùng cho danh mục khác.`);
}

export function assertSectionCodeFree(db: AppDatabase, versionId: string, code: string, exceptId?: string): void {
  const clash = findCodeClash(db, checklistSections, checklistSections, code, eq(checklistSections.versionId, versionId), exceptId);
  refuseIfTaken(clash, `Mã phần "${code}" đã có trong phiên bản này.`);
}

export function assertItemCodeFree(db: AppDatabase, versionId: string, code: string, exceptId?: string): void {
  const clash = findCodeClash(db, checklistItems, checklistItems, code, eq(checklistItems.versionId, versionId), exceptId);
  refuseIfTaken(clash, `Mã câu hỏi "${code}" đã có trong phiên bản này.`);
}
