import { and, eq, ne, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { audits, correctiveActions, findings, people, units } from '../../../../db/schema';
import type { Store } from '../../../../db/store';
import { CLOSED_ACTION_STATUS } from '../../../shared/rules/actionStates';
import type { BoardStatusFilter, BoardSummary, DueFilter } from '../../../shared/contract/actions';
import { foldForSearch } from '../../../shared/text';
import type { ModuleHandlers } from '../../api/handlers';
import type { ActionClock } from './actionClock';
import type { RawActionRow } from './actionRows';
import { dueSql, selectRawActions } from './actionRows';
import { auditStartedIn } from './auditYear';
import { summariseActions } from './boardSummary';

type BoardInput = Parameters<ModuleHandlers<'actions.board'>['actions.board']>[1];
export type ParsedBoardFilters = Omit<BoardInput, 'limit'>;

const FOLD_FUNCTION = 'fold_for_search';
const connectionsWithFold = new WeakSet<Store['sqlite']>();

/** SQLite cannot drop Vietnamese tone marks by itself; the search uses the same folding as everywhere else. */
function ensureFoldFunction(sqlite: Store['sqlite']): void {
  if (connectionsWithFold.has(sqlite)) return;
  sqlite.function(FOLD_FUNCTION, { deterministic: true }, (text) => foldForSearch(typeof text === 'string' ? text : ''));
  connectionsWithFold.add(sqlite);
}

/** Everything a coordinator might type: unit, owner, the finding, the audit and the action's own texts. */
function searchSql(search: string | undefined): SQL | undefined {
  const needle = search ? foldForSearch(search) : '';
  if (!needle) return undefined;
  const ownerName = sql`coalesce((select ${people.fullName} from ${people} where ${people.id} = ${correctiveActions.ownerPersonId}), '')`;
  const haystack = sql.join(
    [units.name, ownerName, findings.description, audits.title, correctiveActions.correction, correctiveActions.rootCause, correctiveActions.actionPlan],
    sql` || char(10) || `,
  );
  return sql`instr(${sql.raw(FOLD_FUNCTION)}(${haystack}), ${needle}) > 0`;
}

function statusSql(filter: BoardStatusFilter): SQL | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'open') return ne(correctiveActions.status, CLOSED_ACTION_STATUS);
  if (filter === 'closed') return eq(correctiveActions.status, CLOSED_ACTION_STATUS);
  return eq(correctiveActions.status, filter);
}

function dueFilterSql(filter: DueFilter | undefined, clock: ActionClock): SQL | undefined {
  if (filter === 'overdue') return dueSql.overdue(clock);
  if (filter === 'due_soon') return dueSql.dueSoon(clock);
  return undefined;
}

export interface BoardResult {
  rows: RawActionRow[];
  matching: number;
  summary: BoardSummary;
}

/**
 * Unit, kind, year and search set the scope the summary counts; status and due filters then
 * choose the rows, most urgent first, up to the limit. All of it runs in SQLite.
 */
export function queryBoard(store: Store, filters: ParsedBoardFilters, clock: ActionClock, limit?: number): BoardResult {
  ensureFoldFunction(store.sqlite);
  const scope = and(
    filters.unitId ? eq(correctiveActions.ownerUnitId, filters.unitId) : undefined,
    filters.kind ? eq(audits.kind, filters.kind) : undefined,
    auditStartedIn(filters.year),
    searchSql(filters.search),
  );
  const selection = and(statusSql(filters.status), dueFilterSql(filters.due, clock));
  const { summary, matching } = summariseActions(store.db, clock, scope, selection);
  return { rows: selectRawActions(store.db, clock, and(scope, selection), limit), matching, summary };
}
