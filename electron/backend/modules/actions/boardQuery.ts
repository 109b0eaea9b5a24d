import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { actionUrgencyGroup, audits, CLOSED_URGENCY_GROUP, correctiveActions, findings } from '../../../../db/schema';
import type { AppDatabase, Store } from '../../../../db/store';
import { CLOSED_ACTION_STATUS } from '../../../shared/rules/actionStates';
import type { BoardStatusFilter, BoardSummary, DueFilter } from '../../../shared/contract/actions';
import type { ModuleHandlers } from '../../api/handlers';
import { allRows } from '../../../../db/preparedQuery';
import { idList, searchHits, searchNeedle } from '../search/searchIndex';
import type { SearchEntity } from '../search/searchIndex';
import type { ActionClock } from './actionClock';
import { dueSql } from './actionRows';
import { auditStartedIn } from './auditYear';
import { summariseActions } from './boardSummary';

type BoardInput = Parameters<ModuleHandlers<'actions.board'>['actions.board']>[1];
export type ParsedBoardFilters = Omit<BoardInput, 'limit'>;

/** The actions of the findings of audits of a kind or started in a year, as a condition on `corrective_actions` alone. */
export function actionsOfAudits(db: AppDatabase, filters: Pick<ParsedBoardFilters, 'kind' | 'year'>): SQL | undefined {
  if (!filters.kind && !filters.year) return undefined;
  const ofAudits = db
    .select({ id: findings.id })
    .from(findings)
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .where(and(filters.kind ? eq(audits.kind, filters.kind) : undefined, auditStartedIn(filters.year)));
  return inArray(correctiveActions.findingId, ofAudits);
}

/**
 * Everything a coordinator might type: the action's own texts, its unit, its owner, its finding and
 * the finding's audit, each found through the search index. The index is read once, the matching
 * actions gathered through their foreign-key indexes, and the board then works on that list of ids.
 */
function searchSql(store: Store, search: string | undefined): SQL | undefined {
  const needle = searchNeedle(search);
  if (!needle) return undefined;
  const hits = searchHits(store, needle);
  const ids = (entity: SearchEntity) => idList(hits.get(entity) ?? []);
  const actionsWhere = (condition: SQL) => sql`select ${correctiveActions.id} from ${correctiveActions} where ${condition}`;
  const matched = store.db.all<{ id: string }>(sql`${actionsWhere(sql`${correctiveActions.id} in ${ids('action')}`)}
    union ${actionsWhere(sql`${correctiveActions.ownerUnitId} in ${ids('unit')}`)}
    union ${actionsWhere(sql`${correctiveActions.ownerPersonId} in ${ids('person')}`)}
    union ${actionsWhere(sql`${correctiveActions.findingId} in ${ids('finding')}`)}
    union ${actionsWhere(sql`${correctiveActions.findingId} in (select ${findings.id} from ${findings} where ${findings.auditId} in ${ids('audit')})`)}`);
  return sql`${correctiveActions.id} in ${idList(matched.map((row) => row.id))}`;
}

const urgencyGroup = actionUrgencyGroup(correctiveActions.status);

/** Open is every urgency group before the closed one: a range of the urgency index, already in the board's order. */
function statusSql(filter: BoardStatusFilter): SQL | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'open') return lt(urgencyGroup, CLOSED_URGENCY_GROUP);
  if (filter === 'closed') return eq(correctiveActions.status, CLOSED_ACTION_STATUS);
  return eq(correctiveActions.status, filter);
}

function dueFilterSql(filter: DueFilter | undefined, clock: ActionClock): SQL | undefined {
  if (filter === 'overdue') return dueSql.overdue(clock);
  if (filter === 'due_soon') return dueSql.dueSoon(clock);
  return undefined;
}

/**
 * The actions that can be on the page, chosen on `corrective_actions` alone: those at or before the
 * `limit`-th in urgency group and due date, the board's order up to its ties (see `actionUrgencyGroup`).
 * Ties on that key are all kept, so that the page, ordered in full by the caller (audit start date,
 * finding number), is the same as ordering every row.
 */
export function pageOfActions(db: AppDatabase, where: SQL | undefined, limit: number | undefined, matching: number): SQL | undefined {
  if (limit === undefined || matching <= limit) return where;
  const [last] = allRows<[number, string]>(
    db,
    sql`select ${urgencyGroup}, ${correctiveActions.dueDate} from ${correctiveActions} where ${where ?? sql`1`}
      order by ${urgencyGroup}, ${correctiveActions.dueDate} limit 1 offset ${limit - 1}`,
  );
  if (!last) return where;
  const [lastGroup, lastDue] = last;
  // Two ranges of the urgency index, where one row-value comparison would read its whole first column.
  const atOrBefore = sql`(${urgencyGroup} < ${lastGroup} or (${urgencyGroup} = ${lastGroup} and ${correctiveActions.dueDate} <= ${lastDue}))`;
  // By rowid, which every index holds: the page is chosen without reading the table.
  const onPage = db.select({ rowid: sql`${correctiveActions}.rowid` }).from(correctiveActions).where(and(where, atOrBefore));
  return sql`${correctiveActions}.rowid in ${onPage}`;
}

export interface BoardQuery {
  /** The condition on `corrective_actions` for the rows to read, in the board's order, up to the limit. */
  rows: SQL | undefined;
  matching: number;
  summary: BoardSummary;
}

/**
 * Unit, kind, year and search set the scope the summary counts; status and due filters then
 * choose the rows, most urgent first, up to the limit. Every condition is on `corrective_actions`,
 * so the counts and the page are found on its indexes and only the page is joined.
 */
export function queryBoard(store: Store, filters: ParsedBoardFilters, clock: ActionClock, limit?: number): BoardQuery {
  const scope = and(filters.unitId ? eq(correctiveActions.ownerUnitId, filters.unitId) : undefined, actionsOfAudits(store.db, filters), searchSql(store, filters.search));
  const selection = and(statusSql(filters.status), dueFilterSql(filters.due, clock));
  const { summary, matching } = summariseActions(store.db, clock, scope, { status: filters.status, due: filters.due });
  return { rows: pageOfActions(store.db, and(scope, selection), limit, matching), matching, summary };
}
