import { and, asc, count, eq } from 'drizzle-orm';
import { checklistItems, checklistTemplates, checklistVersions, people, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { StartOptions } from '../../../shared/contract/audits';
import { vietnameseCollator } from '../../../shared/text';
import type { ModuleHandlers } from '../../api/handlers';
import { selectPersonViews } from '../people/personViews';
import { selectReadyInspections } from '../programme/readyToStart';

function publishedVersions(db: AppDatabase): StartOptions['templateVersions'] {
  return db
    .select({
      id: checklistVersions.id,
      templateId: checklistTemplates.id,
      templateCode: checklistTemplates.code,
      templateName: checklistTemplates.name,
      purpose: checklistTemplates.purpose,
      version: checklistVersions.version,
      year: checklistVersions.year,
      itemCount: count(checklistItems.id),
    })
    .from(checklistVersions)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
    .leftJoin(checklistItems, and(eq(checklistItems.versionId, checklistVersions.id), eq(checklistItems.retired, false)))
    .where(and(eq(checklistVersions.status, 'published'), eq(checklistTemplates.retired, false)))
    .groupBy(checklistVersions.id)
    .all()
    .sort((a, b) => vietnameseCollator.compare(a.templateName, b.templateName));
}

export const startOptions: ModuleHandlers<'audits.startOptions'>['audits.startOptions'] = (ctx) => {
  const { db } = ctx.store;
  return {
    templateVersions: publishedVersions(db),
    units: db
      .select({ id: units.id, code: units.code, name: units.name, inCchcScope: units.inCchcScope, isoApplying: units.isoApplying })
      .from(units)
      .where(eq(units.active, true))
      .orderBy(asc(units.sortOrder))
      .all(),
    people: selectPersonViews(db, eq(people.active, true)).map(({ id, fullName, position, unitId, unitName, mayLead, auditorTrained }) => ({
      id,
      fullName,
      position,
      unitId,
      unitName,
      mayLead,
      auditorTrained,
    })),
    plannedInspections: selectReadyInspections(db),
  };
};
