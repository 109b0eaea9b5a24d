import { eq } from 'drizzle-orm';
import { checklistItems, checklistSections } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';

/** The list with `item` taken out and put back at `toIndex` (clamped to the list's ends). */
export function moveTo<T>(list: readonly T[], item: T, toIndex: number): T[] {
  const rest = list.filter((entry) => entry !== item);
  const at = Math.min(Math.max(toIndex, 0), rest.length);
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}

export function sectionIdsInOrder(db: AppDatabase, versionId: string): string[] {
  return db
    .select({ id: checklistSections.id })
    .from(checklistSections)
    .where(eq(checklistSections.versionId, versionId))
    .orderBy(checklistSections.sortOrder)
    .all()
    .map((row) => row.id);
}

export function itemIdsInOrder(db: AppDatabase, sectionId: string): string[] {
  return db
    .select({ id: checklistItems.id })
    .from(checklistItems)
    .where(eq(checklistItems.sectionId, sectionId))
    .orderBy(checklistItems.sortOrder)
    .all()
    .map((row) => row.id);
}

export function setSectionOrder(db: AppDatabase, ids: readonly string[]): void {
  ids.forEach((id, index) => db.update(checklistSections).set({ sortOrder: index }).where(eq(checklistSections.id, id)).run());
}

/** Puts the items, in this order, into the section. */
export function setItemOrder(db: AppDatabase, sectionId: string, ids: readonly string[]): void {
  ids.forEach((id, index) => db.update(checklistItems).set({ sectionId, sortOrder: index }).where(eq(checklistItems.id, id)).run());
}
