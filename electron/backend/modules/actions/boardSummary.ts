import { and, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { correctiveActions } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { CLOSED_ACTION_STATUS, daysBetween, ownerPendingStatuses } from '../../../shared/rules/actionStates';
import type { BoardStatusFilter, BoardSummary, DueFilter } from '../../../shared/contract/actions';
import type { ActionStatus } from '../../../shared/contract/vocabulary';
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

/** The board's status and due filters: what they take is known from each status group's counts. */
export interface BoardSelection {
  status: BoardStatusFilter;
  due?: DueFilter;
}

function statusSelected(filter: BoardStatusFilter, status: ActionStatus): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return status !== CLOSED_ACTION_STATUS;
  if (filter === 'closed') return status === CLOSED_ACTION_STATUS;
  return status === filter;
}

/**
 * Counts by status and due state, and the aging of open actions, computed by SQLite over the
 * actions in scope so that ten years of actions are never turned into objects just to be counted;
 * `matching` counts those that also meet the selection (the status and due filters), added up from
 * the groups it takes. The scope is a condition on `corrective_actions` alone: the counts are grouped
 * by status on its (status, due_date, created_at) index, one row per open status, without joining anything.
 */
export function summariseActions(
  db: AppDatabase,
  clock: ActionClock,
  scope: SQL | undefined,
  selection: BoardSelection = { status: 'all' },
): { summary: BoardSummary; matching: number } {
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
  // Closed actions, most of ten years, are only counted. Without a scope they are every action but the
  // open ones: SQLite counts a whole table off its b-tree pages without reading a row.
  const openTotal = openGroups.reduce((sum, group) => sum + group.total, 0);
  const closedTotal = scope
    ? allRows<[number]>(db, sql`select count(*) from ${correctiveActions} where ${and(scope, eq(status, CLOSED_ACTION_STATUS))}`)[0]![0]
    : allRows<[number]>(db, sql`select count(*) from ${correctiveActions}`)[0]![0] - openTotal;
  // A due filter only takes actions their owners still work on, never a closed one.
  let matching = statusSelected(selection.status, CLOSED_ACTION_STATUS) && !selection.due ? closedTotal : 0;
  const byStatus = Object.fromEntries(actionStatuses.map((status) => [status, 0])) as BoardSummary['byStatus'];
  const aging: BoardSummary['aging'] = { d0_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 };
  byStatus[CLOSED_ACTION_STATUS] = closedTotal;
  let total = byStatus[CLOSED_ACTION_STATUS];
  let overdue = 0;
  let dueSoon = 0;
  let oldestOpenAt: string | null = null;
  for (const group of openGroups) {
    byStatus[group.status] = group.total;
    total += group.total;
    const pending = ownerPendingStatuses.includes(group.status);
    const groupOverdue = pending ? group.pastDue : 0;
    const groupDueSoon = pending ? group.dueWithinWindow : 0;
    overdue += groupOverdue;
    dueSoon += groupDueSoon;
    if (statusSelected(selection.status, group.status)) {
      matching += selection.due === 'overdue' ? groupOverdue : selection.due === 'due_soon' ? groupDueSoon : group.total;
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
