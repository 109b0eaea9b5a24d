import { eq } from 'drizzle-orm';
import { audits } from '../../../../db/schema';
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

/**
 * The year an audit belongs to: the year it started in. For an audit from the programme that is the
 * programme's year, since it can only start in that year (`startAudit`) and its dates stay there.
 */
export function auditYearOf(audit: Pick<AuditRow, 'startDate'>): number {
  return Number(audit.startDate.slice(0, 4));
}
