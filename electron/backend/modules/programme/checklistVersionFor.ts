import { and, desc, eq, sql } from 'drizzle-orm';
import { checklistTemplates, checklistVersions } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { AuditKind } from '../../../shared/contract/vocabulary';

/** The published checklist an inspection of this kind would use: one made for the year first, else the newest. */
export function checklistVersionFor(db: AppDatabase, kind: AuditKind, year: number): string | null {
  return (
    db
      .select({ id: checklistVersions.id })
      .from(checklistVersions)
      .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
      .where(and(eq(checklistTemplates.purpose, kind), eq(checklistTemplates.retired, false), eq(checklistVersions.status, 'published')))
      .orderBy(desc(sql`${checklistVersions.year} = ${year}`), desc(checklistVersions.publishedAt))
      .get()?.id ?? null
  );
}
