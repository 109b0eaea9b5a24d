import { eq } from 'drizzle-orm';
import { correctiveActions, findings } from '../../../../db/schema';
import { CLOSED_ACTION_STATUS } from '../../../shared/rules/actionStates';
import type { HandlerContext } from '../../api/context';
import { recordChange } from '../../api/recordChange';

/**
 * A finding with actions is closed exactly when every one of them is verified effective: the last
 * verification closes it, and a new (or reopened) action opens it again. A finding without actions
 * is left as the audit recorded it.
 */
export function syncFindingStatus(ctx: HandlerContext, findingId: string): void {
  const { db } = ctx.store;
  const statuses = db.select({ status: correctiveActions.status }).from(correctiveActions).where(eq(correctiveActions.findingId, findingId)).all();
  if (statuses.length === 0) return;
  const next = statuses.every((row) => row.status === CLOSED_ACTION_STATUS) ? 'closed' : 'open';
  const finding = db.select({ status: findings.status }).from(findings).where(eq(findings.id, findingId)).get();
  if (!finding || finding.status === next) return;
  const now = ctx.now().toISOString();
  db.update(findings)
    .set({ status: next, closedAt: next === 'closed' ? now : null, updatedAt: now })
    .where(eq(findings.id, findingId))
    .run();
  recordChange(ctx, { entity: 'finding', entityId: findingId, action: 'update', changes: { status: [finding.status, next] } });
}
