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
import { allRows } from '../../../../db/preparedQuery';

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

/** What is counted of the open actions of each status; `oldestAt` is the earliest opening time. */
type OpenGroup = { status: ActionStatus; oldestAt: string | null; total: number; pastDue: number; dueWithinWindow: number; since30: number; since60: number; since90: number };
type CountedColumn = Exclude<keyof OpenGroup, 'status' | 'oldestAt'>;

/** The conditions each count takes, on one action; `total` takes every one. */
function countedConditions(clock: ActionClock): Record<CountedColumn, SQL | undefined> {
  const [since30, since60, since90] = agingCuts(clock);
  return {
    total: undefined,
    pastDue: lt(correctiveActions.dueDate, clock.today),
    dueWithinWindow: and(gte(correctiveActions.dueDate, clock.today), lte(correctiveActions.dueDate, clock.dueSoonUntil)),
    since30: gte(correctiveActions.createdAt, since30),
    since60: gte(correctiveActions.createdAt, since60),
    since90: gte(correctiveActions.createdAt, since90),
  };
}

/**
 * Over a scope (a unit, audits of a kind or year, the ids a search found): one pass over its actions,
 * grouped by status. Its own index leads and the status only filters: the unary + keeps SQLite from
 * walking every closed action on the status index.
 */
function groupsInScope(db: AppDatabase, counted: Record<CountedColumn, SQL | undefined>, scope: SQL): unknown[][] {
  const status = sql`+${correctiveActions.status}`;
  const counts = Object.values(counted).map((condition) => (condition ? count(condition) : sql`count(*)`));
  return allRows(
    db,
    sql`select ${correctiveActions.status}, min(${correctiveActions.createdAt}), ${sql.join(counts, sql`, `)} from ${correctiveActions}
      where ${and(scope, inArray(status, openStatuses))} group by ${correctiveActions.status}`,
  );
}

/**
 * Over the whole store: each count is a range of the (status, due_date) or (status, created_at) index
 * and the oldest is that index's first entry, so no action is read or compared in SQL's byte code.
 */
function groupsOfStore(db: AppDatabase, counted: Record<CountedColumn, SQL | undefined>): unknown[][] {
  const ofStatus = eq(correctiveActions.status, sql`open_status.value`);
  const rangeOf = (select: SQL, condition?: SQL) => sql`(select ${select} from ${correctiveActions} where ${and(ofStatus, condition)})`;
  const counts = Object.values(counted).map((condition) => rangeOf(sql`count(*)`, condition));
  return allRows(
    db,
    sql`select open_status.value, ${rangeOf(sql`min(${correctiveActions.createdAt})`)}, ${sql.join(counts, sql`, `)}
      from json_each(${JSON.stringify(openStatuses)}) as open_status`,
  );
}

/** The counts of each open status that has actions, in scope or in the whole store. */
function openGroupsOf(db: AppDatabase, clock: ActionClock, scope: SQL | undefined): OpenGroup[] {
  const counted = countedConditions(clock);
  const rows = scope ? groupsInScope(db, counted, scope) : groupsOfStore(db, counted);
  const countedNames = Object.keys(counted) as CountedColumn[];
  return rows
    .map(([status, oldestAt, ...counts]) => {
      const group = { status, oldestAt } as OpenGroup;
      countedNames.forEach((name, index) => (group[name] = counts[index] as number));
      return group;
    })
    .filter((group) => group.total > 0);
}

/**
 * Counts by status and due state, and the aging of open actions, computed by SQLite over the
 * actions in scope so that ten years of actions are never turned into objects just to be counted;
 * `matching` counts those that also meet the selection (the status and due filters), added up from
 * the groups it takes. The scope is a condition on `corrective_actions` alone, so nothing is joined.
 */
export function summariseActions(
  db: AppDatabase,
  clock: ActionClock,
  scope: SQL | undefined,
  selection: BoardSelection = { status: 'all' },
): { summary: BoardSummary; matching: number } {
  const openGroups = openGroupsOf(db, clock, scope);
  // Closed actions, most of ten years, are only counted. Without a scope they are every action but the
  // open ones: SQLite counts a whole table off its b-tree pages without reading a row.
  const openTotal = openGroups.reduce((sum, group) => sum + group.total, 0);
  const closedTotal = scope
    ? allRows<[number]>(db, sql`select count(*) from ${correctiveActions} where ${and(scope, eq(sql`+${correctiveActions.status}`, CLOSED_ACTION_STATUS))}`)[0]![0]
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
