import { eq } from 'drizzle-orm';
import { audits, findings } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { localDateOf } from '../../../shared/dates';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import { notFound } from '../../api/errors';

/** What an action needs to know about its finding and the audit that made it. */
export interface FindingContext {
  findingId: string;
  auditId: string;
  kind: AuditKind;
  auditUnitId: string;
  auditEndDate: string;
  /** The day the finding was recorded, in Asia/Ho_Chi_Minh. */
  findingDate: string;
  requirement: string;
}

export function requireFindingContext(db: AppDatabase, findingId: string): FindingContext {
  const row = db
    .select({
      findingId: findings.id,
      auditId: audits.id,
      kind: audits.kind,
      auditUnitId: audits.unitId,
      auditEndDate: audits.endDate,
      createdAt: findings.createdAt,
      requirement: findings.requirement,
    })
    .from(findings)
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .where(eq(findings.id, findingId))
    .get();
  if (!row) throw notFound('finding');
  const { createdAt, ...context } = row;
  return { ...context, findingDate: localDateOf(new Date(createdAt)) };
}
