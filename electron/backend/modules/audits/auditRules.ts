import { eq } from 'drizzle-orm';
import { audits, plannedInspections, programmes } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { AppError, notFound } from '../../api/errors';

export type AuditRow = typeof audits.$inferSelect;

export function requireAuditRow(db: AppDatabase, id: string): AuditRow {
  const row = db.select().from(audits).where(eq(audits.id, id)).get();
  if (!row) throw notFound('cuộc kiểm tra');
  return row;
}

/** Closed audits are reopened to be changed; an audit whose minutes were issued never changes again. */
export function assertAuditEditable(audit: AuditRow): void {
  if (audit.status === 'closed') {
    throw new AppError(
      'LOCKED',
      `Cuộc kiểm tra “${audit.title}” đã kết thúc nên không sửa được; dữ liệu giữ nguyên. Hãy mở lại cuộc kiểm tra nếu cần sửa.`,
    );
  }
  if (audit.status === 'locked') {
    throw new AppError(
      'LOCKED',
      `Biên bản của cuộc kiểm tra “${audit.title}” đã được ban hành nên cuộc kiểm tra đã khóa; dữ liệu giữ nguyên. Việc đính chính làm bằng biên bản bổ sung.`,
    );
  }
}

/** A closed audit still takes what its minutes record of the closing, until they are issued. */
export function requireAuditForClosingFields(db: AppDatabase, id: string): AuditRow {
  const audit = requireAuditRow(db, id);
  if (audit.status !== 'closed') assertAuditEditable(audit);
  return audit;
}

export function requireEditableAudit(db: AppDatabase, id: string): AuditRow {
  const audit = requireAuditRow(db, id);
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
