import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { audits, plannedInspections, programmes, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { ProgrammeProgress } from '../../../shared/contract/home';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import { requiredCount } from '../programme/planning/requiredCount';

function distinctUnits(db: AppDatabase, kind: AuditKind, year: number): number {
  return (
    db
      .select({ n: sql<number>`count(distinct ${audits.unitId})` })
      .from(audits)
      .where(
        and(
          eq(audits.kind, kind),
          inArray(audits.status, ['closed', 'locked']),
          gte(audits.endDate, `${year}-01-01`),
          lt(audits.endDate, `${year + 1}-01-01`),
        ),
      )
      .get()?.n ?? 0
  );
}

function plannedUnits(db: AppDatabase, kind: AuditKind, year: number): number {
  return (
    db
      .select({ n: sql<number>`count(distinct ${plannedInspections.unitId})` })
      .from(plannedInspections)
      .innerJoin(programmes, eq(programmes.id, plannedInspections.programmeId))
      .where(and(eq(programmes.year, year), eq(plannedInspections.kind, kind)))
      .get()?.n ?? 0
  );
}

function activeUnits(db: AppDatabase, kind: AuditKind): number {
  const covered = kind === 'CCHC' ? eq(units.inCchcScope, true) : eq(units.isoApplying, true);
  return db.select({ n: sql<number>`count(*)` }).from(units).where(and(eq(units.active, true), covered)).get()?.n ?? 0;
}

/** A unit counts as done in the year its inspection ended, once the inspection is closed. */
export function programmeProgress(db: AppDatabase, kind: AuditKind, year: number, targetPercent: number): ProgrammeProgress {
  const inScope = activeUnits(db, kind);
  return {
    done: distinctUnits(db, kind, year),
    planned: plannedUnits(db, kind, year),
    inScope,
    required: requiredCount(targetPercent, inScope),
    targetPercent,
  };
}
