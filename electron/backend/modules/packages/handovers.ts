import { and, eq, isNull } from 'drizzle-orm';
import { auditHandovers, audits } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { HandoverView } from '../../../shared/contract/packages';
import { AppError, text } from '../../api/errors';

export type HandoverRow = typeof auditHandovers.$inferSelect;

/** The hand-out that keeps an audit away from this store, if any. */
export function awayHandover(db: AppDatabase, auditId: string): HandoverRow | undefined {
  return db
    .select()
    .from(auditHandovers)
    .where(and(eq(auditHandovers.auditId, auditId), eq(auditHandovers.direction, 'out'), isNull(auditHandovers.returnedAt)))
    .get();
}

/** Every write to an audit handed out to another laptop is refused, naming that laptop. */
export function assertAuditHere(db: AppDatabase, audit: { id: string; title: string }): void {
  const away = awayHandover(db, audit.id);
  if (away) throw new AppError('LOCKED', text('packages.errors.handedOut', { title: audit.title, machine: away.machineName }));
}

export function listHandovers(db: AppDatabase): HandoverView[] {
  return db
    .select({
      auditId: auditHandovers.auditId,
      title: audits.title,
      direction: auditHandovers.direction,
      machineName: auditHandovers.machineName,
      handedAt: auditHandovers.handedAt,
      returnedAt: auditHandovers.returnedAt,
    })
    .from(auditHandovers)
    .innerJoin(audits, eq(audits.id, auditHandovers.auditId))
    .orderBy(auditHandovers.handedAt, auditHandovers.auditId)
    .all();
}
