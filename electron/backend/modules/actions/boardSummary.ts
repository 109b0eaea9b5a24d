import { eq, ne, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { audits, correctiveActions, findings, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { CLOSED_ACTION_STATUS, daysBetween } from '../../../shared/rules/actionStates';
import type { AgingBucket, BoardSummary } from '../../../shared/contract/actions';
import { actionStatuses } from '../../../shared/contract/vocabulary';
import { addDays, localDateOf } from '../../../shared/dates';
import type { ActionClock } from './actionClock';
import { localDayStart } from './actionClock';
import { dueSql } from './actionRows';

const count = (condition: SQL | undefined) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;

/** Open actions by age: an action opened on or after the start of the bucket's first day belongs to it. */
function agingCounts(clock: ActionClock): Record<AgingBucket, SQL<number>> {
  const openedSince = (days: number) => sql`${correctiveActions.createdAt} >= ${localDayStart(addDays(clock.today, -days))}`;
  const open = ne(correctiveActions.status, CLOSED_ACTION_STATUS);
  return {
    d0_30: count(sql`${open} and ${openedSince(30)}`),
    d31_60: count(sql`${open} and not ${openedSince(30)} and ${openedSince(60)}`),
    d61_90: count(sql`${open} and not ${openedSince(60)} and ${openedSince(90)}`),
    d90_plus: count(sql`${open} and not ${openedSince(90)}`),
  };
}

/**
 * Counts by status and due state, and the aging of open actions, computed by SQLite over the
 * actions in scope so that ten years of actions are never turned into objects just to be counted;
 * `matching` counts those that also meet the selection (the status and due filters).
 */
export function summariseActions(db: AppDatabase, clock: ActionClock, scope: SQL | undefined, selection: SQL | undefined): { summary: BoardSummary; matching: number } {
  const byStatus = Object.fromEntries(actionStatuses.map((status) => [status, count(eq(correctiveActions.status, status))]));
  const row = db
    .select({
      total: sql<number>`count(*)`,
      matching: count(selection ?? sql`1`),
      closed: count(eq(correctiveActions.status, CLOSED_ACTION_STATUS)),
      overdue: count(dueSql.overdue(clock)),
      dueSoon: count(dueSql.dueSoon(clock)),
      awaitingVerification: count(eq(correctiveActions.status, 'cho_xac_minh')),
      oldestOpenAt: sql<string | null>`min(case when ${ne(correctiveActions.status, CLOSED_ACTION_STATUS)} then ${correctiveActions.createdAt} end)`,
      ...byStatus,
      ...agingCounts(clock),
    })
    .from(correctiveActions)
    .innerJoin(findings, eq(findings.id, correctiveActions.findingId))
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .innerJoin(units, eq(units.id, correctiveActions.ownerUnitId))
    .where(scope)
    .get();
  if (!row) throw new Error('an aggregate always returns a row');
  const { total, matching, closed, overdue, dueSoon, awaitingVerification, oldestOpenAt, d0_30, d31_60, d61_90, d90_plus } = row;
  const counts = row as unknown as Record<string, number>;
  const summary: BoardSummary = {
    total,
    open: total - closed,
    closed,
    overdue,
    dueSoon,
    awaitingVerification,
    byStatus: Object.fromEntries(actionStatuses.map((status) => [status, counts[status] ?? 0])) as BoardSummary['byStatus'],
    aging: { d0_30, d31_60, d61_90, d90_plus },
    oldestOpenDays: oldestOpenAt ? daysBetween(localDateOf(new Date(oldestOpenAt)), clock.today) : null,
  };
  return { summary, matching };
}
