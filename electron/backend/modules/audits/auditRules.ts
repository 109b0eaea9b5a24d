import { eq } from 'drizzle-orm';
import { audits, plannedInspections, programmes } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { AppError, notFound, text } from '../../api/errors';
import { assertAuditHere } from '../packages/handovers';

export type AuditRow = typeof audits.$inferSelect;

export function requireAuditRow(db: AppDatabase, id: string): AuditRow {
  const row = db.select().from(audits).where(eq(audits.id, id)).get();
  if (!row) throw notFound('audit');
  return row;
}

/** Closed audits are reopened to be changed; an audit whose minutes were issued never changes again. */
export function assertAuditEditable(audit: AuditRow): void {
  if (audit.status === 'closed') {
    throw new AppError(
      'LOCKED',
      text('errors.audit.closed', { title: audit.title }),
    );
  }
  if (audit.status === 'locked') {
    throw new AppError(
      'LOCKED',
      text('errors.audit.locked', { title: audit.title }),
    );
  }
}

/** A closed audit still takes what its minutes record of the closing, until they are issued. */
export function requireAuditForClosingFields(db: AppDatabase, id: string): AuditRow {
  const audit = requireAuditRow(db, id);
  assertAuditHere(db, audit);
  if (audit.status !== 'closed') assertAuditEditable(audit);
  return audit;
}

export function requireEditableAudit(db: AppDatabase, id: string): AuditRow {
  const audit = requireAuditRow(db, id);
  assertAuditHere(db, audit);
  assertAuditEditable(audit);
  return audit;
}

/** An audit from the programme belongs to the programme's year; an ad-hoc one to the year it started in. */
export function auditYearOf(db: AppDatabase, audit: Pick<AuditRow, 'plannedInspectionId' | 'startDate'>): number {
  if (audit.plannedInspectionId) {
    const programme = db
      .select({ year: programmes.year })
      .from(plannedInspections)
      .innerJoin(programmes, eq(programmes.id, plannedInspections.programmeId))
      .where(eq(plannedInspections.id, audit.plannedInspectionId))
      .get();
    if (programme) return programme.year;
  }
  return Number(audit.startDate.slice(0, 4));
}
