import { and, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { correctiveActions } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { CLOSED_ACTION_STATUS, daysBetween, ownerPendingStatuses } from '../../../shared/rules/actionStates';
import type { BoardSummary } from '../../../shared/contract/actions';
import { actionStatuses } from '../../../shared/contract/vocabulary';
import { addDays, localDateOf } from '../../../shared/dates';
import type { ActionClock } from './actionClock';
import { localDayStart } from './actionClock';
import { openStatuses } from './actionRows';
import { allRows, namedRows } from '../../../../db/preparedQuery';

/** How many rows meet the condition (a comparison is 1 or 0 in SQLite, so its sum is the count; NULL adds nothing). */
const count = (condition: SQL | undefined) => sql<number>`coalesce(sum(${condition}), 0)`;

/** The three day starts the aging buckets are cut at: opened on or after the first day of the last 30, 60 and 90 days. */
function agingCuts(clock: ActionClock): [string, string, string] {
  return [30, 60, 90].map((days) => localDayStart(addDays(clock.today, -days))) as [string, string, string];
}

/**
 * Counts by status and due state, and the aging of open actions, computed by SQLite over the
 * actions in scope so that ten years of actions are never turned into objects just to be counted;
 * `matching` counts those that also meet the selection (the status and due filters). Scope and
 * selection are conditions on `corrective_actions` alone: the counts are grouped by status on its
 * (status, due_date, created_at) index, one row per open status, without joining anything.
 */
export function summariseActions(
  db: AppDatabase,
  clock: ActionClock,
  scope: SQL | undefined,
  selection: SQL | undefined,
  closedMayMatch = true,
): { summary: BoardSummary; matching: number } {
  const matchingCount = count(selection ?? sql`1`);
  // With a scope (a unit, audits of a kind or year, the ids a search found), its own index leads and
  // the status only filters: the unary + keeps SQLite from walking every closed action on the status index.
  const status = scope ? sql`+${correctiveActions.status}` : sql`${correctiveActions.status}`;
  // Each group has one status, so whether its due dates bind is known per group: the rows are only
  // compared by date, and the aging buckets are read from three nested "opened since" counts.
  const [since30, since60, since90] = agingCuts(clock);
  const openedSince = (start: string) => count(sql`${correctiveActions.createdAt} >= ${start}`);
  const openColumns = {
    status: correctiveActions.status,
    total: sql<number>`count(*)`,
    matching: matchingCount,
    pastDue: count(lt(correctiveActions.dueDate, clock.today)),
    dueWithinWindow: count(and(gte(correctiveActions.dueDate, clock.today), lte(correctiveActions.dueDate, clock.dueSoonUntil))),
    oldestAt: sql<string | null>`min(${correctiveActions.createdAt})`,
    since30: openedSince(since30),
    since60: openedSince(since60),
    since90: openedSince(since90),
  };
  const openGroups = namedRows(
    openColumns,
    allRows(
      db,
      sql`select ${sql.join(Object.values(openColumns), sql`, `)} from ${correctiveActions}
        where ${and(scope, inArray(status, openStatuses))} group by ${correctiveActions.status}`,
    ),
  );
  // Closed actions, most of ten years, are only counted, and checked against the selection only when
  // it can take a closed action. Without a scope that cannot, they are every action but the open ones:
  // SQLite counts a whole table off its b-tree pages without reading a row.
  const openTotal = openGroups.reduce((sum, group) => sum + group.total, 0);
  const [closedTotal, closedMatching] =
    !scope && !closedMayMatch
      ? [allRows<[number]>(db, sql`select count(*) from ${correctiveActions}`)[0]![0] - openTotal, 0]
      : allRows<[number, number]>(
          db,
          sql`select count(*), ${closedMayMatch ? matchingCount : sql`0`} from ${correctiveActions} where ${and(scope, eq(status, CLOSED_ACTION_STATUS))}`,
        )[0]!;
  const byStatus = Object.fromEntries(actionStatuses.map((status) => [status, 0])) as BoardSummary['byStatus'];
  const aging: BoardSummary['aging'] = { d0_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 };
  byStatus[CLOSED_ACTION_STATUS] = closedTotal;
  let total = byStatus[CLOSED_ACTION_STATUS];
  let matching = closedMatching;
  let overdue = 0;
  let dueSoon = 0;
  let oldestOpenAt: string | null = null;
  for (const group of openGroups) {
    byStatus[group.status] = group.total;
    total += group.total;
    matching += group.matching;
    if (ownerPendingStatuses.includes(group.status)) {
      overdue += group.pastDue;
      dueSoon += group.dueWithinWindow;
    }
    aging.d0_30 += group.since30;
    aging.d31_60 += group.since60 - group.since30;
    aging.d61_90 += group.since90 - group.since60;
    aging.d90_plus += group.total - group.since90;
    if (group.oldestAt && (!oldestOpenAt || group.oldestAt < oldestOpenAt)) oldestOpenAt = group.oldestAt;
  }
  const closed = byStatus[CLOSED_ACTION_STATUS];
  const summary: BoardSummary = {
    total,
    open: total - closed,
    closed,
    overdue,
    dueSoon,
    awaitingVerification: byStatus.cho_xac_minh,
    byStatus,
    aging,
    oldestOpenDays: oldestOpenAt ? daysBetween(localDateOf(new Date(oldestOpenAt)), clock.today) : null,
  };
  return { summary, matching };
}
