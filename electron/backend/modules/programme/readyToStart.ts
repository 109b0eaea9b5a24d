import { and, asc, eq, notExists } from 'drizzle-orm';
import { audits, plannedInspections, programmes, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ReadyInspection } from '../../../shared/contract/programme';
import { localDateOf } from '../../../shared/dates';
import type { ModuleHandlers } from '../../api/handlers';
import { readOrganization } from '../organization/readOrganization';
import { documentCode } from '../../documents';
import { teamsOf } from './programmeRows';

/**
 * The approved planned inspections no audit has been started from, earliest first. The audits
 * capability offers these to start, and sets audits.planned_inspection_id so each leaves this list.
 */
export function selectReadyInspections(db: AppDatabase, filters: ParsedInputOf<'programme.readyToStart'> = {}): ReadyInspection[] {
  const rows = db
    .select({
      plannedInspectionId: plannedInspections.id,
      programmeId: programmes.id,
      year: programmes.year,
      kind: plannedInspections.kind,
      unitId: plannedInspections.unitId,
      unitName: units.name,
      date: plannedInspections.date,
      content: plannedInspections.content,
      templateVersionId: plannedInspections.templateVersionId,
      documentNumber: programmes.documentNumber,
      approvedAt: programmes.approvedAt,
    })
    .from(plannedInspections)
    .innerJoin(programmes, eq(programmes.id, plannedInspections.programmeId))
    .innerJoin(units, eq(units.id, plannedInspections.unitId))
    .where(
      and(
        eq(programmes.status, 'approved'),
        notExists(db.select({ id: audits.id }).from(audits).where(eq(audits.plannedInspectionId, plannedInspections.id))),
        filters.year === undefined ? undefined : eq(programmes.year, filters.year),
        filters.kind === undefined ? undefined : eq(plannedInspections.kind, filters.kind),
        filters.unitId === undefined ? undefined : eq(plannedInspections.unitId, filters.unitId),
      ),
    )
    .orderBy(asc(plannedInspections.date), asc(plannedInspections.sortOrder))
    .all();
  const teams = teamsOf(
    db,
    rows.map((row) => row.plannedInspectionId),
  );
  const { bodyShortCode } = readOrganization(db);
  return rows.map(({ documentNumber, approvedAt, ...row }) => ({
    ...row,
    planNumber: documentNumber ? documentCode(documentNumber, 'KH', bodyShortCode) : '',
    planDate: approvedAt ? localDateOf(new Date(approvedAt)) : null,
    team: teams.get(row.plannedInspectionId) ?? [],
  }));
}

export const readyToStart: ModuleHandlers<'programme.readyToStart'>['programme.readyToStart'] = (ctx, filters) => selectReadyInspections(ctx.store.db, filters);
