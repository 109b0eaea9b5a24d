import { and, asc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Column, SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { audits, correctiveActions, findings, people, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { CLOSED_ACTION_STATUS, daysBetween, dueStateOf, ownerPendingStatuses } from '../../../shared/rules/actionStates';
import type { DueState } from '../../../shared/rules/actionStates';
import type { ActionRow } from '../../../shared/contract/actions';
import { actionStatuses } from '../../../shared/contract/vocabulary';
import type { ActionStatus, AuditKind, FindingClass } from '../../../shared/contract/vocabulary';
import { localDateOf } from '../../../shared/dates';
import type { ActionClock } from './actionClock';
import { allRows } from '../../../../db/preparedQuery';

const OWNER_PERSON = 'owner_person';
const ownerPeople = alias(people, OWNER_PERSON);
const verifiers = alias(people, 'verifier');

const rawColumns = {
  id: correctiveActions.id,
  findingId: correctiveActions.findingId,
  findingNumber: findings.number,
  findingClass: findings.findingClass,
  findingDescription: findings.description,
  findingRequirement: findings.requirement,
  findingCreatedAt: findings.createdAt,
  auditId: audits.id,
  auditKind: audits.kind,
  auditTitle: audits.title,
  auditStartDate: audits.startDate,
  ownerUnitId: correctiveActions.ownerUnitId,
  ownerUnitName: units.name,
  ownerPersonId: correctiveActions.ownerPersonId,
  ownerPersonName: ownerPeople.fullName,
  correction: correctiveActions.correction,
  rootCause: correctiveActions.rootCause,
  fiveWhys: correctiveActions.fiveWhys,
  actionPlan: correctiveActions.actionPlan,
  completionEvidence: correctiveActions.completionEvidence,
  verifierPersonId: correctiveActions.verifierPersonId,
  verifierName: verifiers.fullName,
  verificationDate: correctiveActions.verificationDate,
  verificationResult: correctiveActions.verificationResult,
  status: correctiveActions.status,
  dueDate: correctiveActions.dueDate,
  createdAt: correctiveActions.createdAt,
  closedAt: correctiveActions.closedAt,
};

/** Every status but the closed one, listed so that SQLite reads them from the status index. */
export const openStatuses = actionStatuses.filter((status) => status !== CLOSED_ACTION_STATUS);

/** The SQL twins of the due states: an action binds its due date only while its owner still has work. */
export const dueSql = {
  pending: () => inArray(correctiveActions.status, [...ownerPendingStatuses]),
  overdue: (clock: ActionClock) => and(dueSql.pending(), lt(correctiveActions.dueDate, clock.today)),
  dueSoon: (clock: ActionClock) => and(dueSql.pending(), gte(correctiveActions.dueDate, clock.today), lte(correctiveActions.dueDate, clock.dueSoonUntil)),
};

/** Overdue 0, due soon 1, on track 2, awaiting verification 3, closed 4: read from the action alone. */
function urgencyRank(clock: ActionClock): SQL<number> {
  return sql<number>`case
    when ${correctiveActions.status} = ${CLOSED_ACTION_STATUS} then 4
    when ${correctiveActions.status} = 'cho_xac_minh' then 3
    when ${correctiveActions.dueDate} < ${clock.today} then 0
    when ${correctiveActions.dueDate} <= ${clock.dueSoonUntil} then 1
    else 2 end`;
}

/** Most urgent first: overdue, due soon, on track, awaiting verification, then closed; earliest due date first within each (as `byUrgency`). */
function urgency(clock: ActionClock): SQL[] {
  return [urgencyRank(clock), asc(correctiveActions.dueDate), asc(audits.startDate), asc(findings.number), asc(correctiveActions.createdAt), asc(correctiveActions.id)];
}

/** The actions with their finding, audit, unit and people, most urgent first, whole texts included. */
export function selectRawActions(db: AppDatabase, clock: ActionClock, where?: SQL, limit?: number) {
  const query = db
    .select(rawColumns)
    .from(correctiveActions)
    .innerJoin(findings, eq(findings.id, correctiveActions.findingId))
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .innerJoin(units, eq(units.id, correctiveActions.ownerUnitId))
    .leftJoin(ownerPeople, eq(ownerPeople.id, correctiveActions.ownerPersonId))
    .leftJoin(verifiers, eq(verifiers.id, correctiveActions.verifierPersonId))
    .where(where)
    .orderBy(...urgency(clock))
    .$dynamic();
  return (limit === undefined ? query : query.limit(limit)).all();
}

export type RawActionRow = ReturnType<typeof selectRawActions>[number];

/** What an action row on a list shows (`toActionRow`), and nothing more. */
type ShownColumn =
  | 'id'
  | 'findingId'
  | 'findingNumber'
  | 'findingClass'
  | 'findingDescription'
  | 'auditId'
  | 'auditKind'
  | 'auditTitle'
  | 'auditStartDate'
  | 'ownerUnitId'
  | 'ownerUnitName'
  | 'ownerPersonId'
  | 'ownerPersonName'
  | 'actionPlan'
  | 'status'
  | 'dueDate'
  | 'createdAt'
  | 'closedAt';

const SUMMARY_LENGTH = 160;

function shorten(text: string): string {
  const flat = /\s\s|[^\S ]|^\s|\s$/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  return flat.length > SUMMARY_LENGTH ? `${flat.slice(0, SUMMARY_LENGTH - 1)}…` : flat;
}

export type ActionRowColumns = Pick<RawActionRow, ShownColumn>;

export function toActionRow(raw: ActionRowColumns, clock: ActionClock, dueState = dueStateOf(raw.status, raw.dueDate, clock.today, clock.dueSoonDays)): ActionRow {
  const openedOn = localDateOf(new Date(raw.createdAt));
  const closedOn = raw.closedAt ? localDateOf(new Date(raw.closedAt)) : null;
  return {
    id: raw.id,
    findingId: raw.findingId,
    findingNumber: raw.findingNumber,
    findingClass: raw.findingClass,
    findingDescription: raw.findingDescription,
    auditId: raw.auditId,
    auditKind: raw.auditKind,
    auditTitle: raw.auditTitle,
    auditYear: Number(raw.auditStartDate.slice(0, 4)),
    ownerUnitId: raw.ownerUnitId,
    ownerUnitName: raw.ownerUnitName,
    ownerPersonId: raw.ownerPersonId,
    ownerPersonName: raw.ownerPersonName,
    summary: shorten(raw.actionPlan),
    status: raw.status,
    dueDate: raw.dueDate,
    dueState,
    daysToDue: daysBetween(clock.today, raw.dueDate),
    ageDays: daysBetween(openedOn, closedOn ?? clock.today),
    openedOn,
    closedOn,
  };
}

/** The due state each urgency rank stands for (see `urgencyRank`). */
const dueStateByRank: DueState[] = ['overdue', 'due_soon', 'on_track', 'awaiting_verification', 'closed'];

/**
 * Positional rows of a table by a list of ids, keyed by id (their first column): each finding, audit,
 * unit and person a list names is read once, however many of its actions refer to it.
 */
function rowsById<Row extends [string, ...unknown[]]>(
  db: AppDatabase,
  table: typeof findings | typeof audits | typeof units | typeof people,
  columns: Column[],
  ids: Iterable<string | null>,
): Map<string, Row> {
  const wanted = JSON.stringify([...new Set(ids)].filter((id) => id !== null));
  const rows = allRows<Row>(db, sql`select ${table.id}, ${sql.join(columns, sql`, `)} from ${table} where ${table.id} in (select value from json_each(${wanted}))`);
  return new Map(rows.map((row) => [row[0], row]));
}

/** Most urgent first, earliest due date, then audit start and finding number; creation and id settle the rest. */
function byUrgency(a: ListedAction, b: ListedAction): number {
  return (
    a.rank - b.rank ||
    compareText(a.dueDate, b.dueDate) ||
    compareText(a.auditStartDate, b.auditStartDate) ||
    a.findingNumber - b.findingNumber ||
    compareText(a.createdAt, b.createdAt) ||
    compareText(a.id, b.id)
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type ListedAction = Omit<ActionRowColumns, 'ownerUnitName' | 'ownerPersonName'> & { rank: number };

/**
 * The list rows, most urgent first, up to `limit`. `where` is a condition on `corrective_actions` alone;
 * a caller that pages keeps it to about the page's actions (see `pageOfActions`), since every row it
 * selects is read. The actions are read from their own table, then each of their findings, audits,
 * owner units and people once (a page of 2 000 actions has about 1 000 findings from 400 audits), and
 * the rows sorted here, where the sort does not carry the texts through SQLite's sorter.
 */
export function selectActionRows(db: AppDatabase, clock: ActionClock, where?: SQL, limit?: number): ActionRow[] {
  const actions = allRows<[string, string, string, string | null, string, ActionStatus, string, string, string | null, number]>(
    db,
    sql`select ${correctiveActions.id}, ${correctiveActions.findingId}, ${correctiveActions.ownerUnitId}, ${correctiveActions.ownerPersonId},
        ${correctiveActions.actionPlan}, ${correctiveActions.status}, ${correctiveActions.dueDate}, ${correctiveActions.createdAt}, ${correctiveActions.closedAt},
        ${urgencyRank(clock)} from ${correctiveActions} where ${where ?? sql`1`}`,
  );
  const findingsById = rowsById<[string, string, number, FindingClass, string]>(
    db,
    findings,
    [findings.auditId, findings.number, findings.findingClass, findings.description],
    actions.map((action) => action[1]),
  );
  const auditsById = rowsById<[string, AuditKind, string, string]>(db, audits, [audits.kind, audits.title, audits.startDate], [...findingsById.values()].map((finding) => finding[1]));
  const listed = actions.map(([id, findingId, ownerUnitId, ownerPersonId, actionPlan, status, dueDate, createdAt, closedAt, rank]): ListedAction => {
    const [, auditId, findingNumber, findingClass, findingDescription] = findingsById.get(findingId)!;
    const [, auditKind, auditTitle, auditStartDate] = auditsById.get(auditId)!;
    return {
      id,
      findingId,
      findingNumber,
      findingClass,
      findingDescription,
      auditId,
      auditKind,
      auditTitle,
      auditStartDate,
      ownerUnitId,
      ownerPersonId,
      actionPlan,
      status,
      dueDate,
      createdAt,
      closedAt,
      rank,
    };
  });
  listed.sort(byUrgency);
  const page = limit === undefined ? listed : listed.slice(0, limit);
  const unitNames = rowsById<[string, string]>(db, units, [units.name], page.map((row) => row.ownerUnitId));
  const personNames = rowsById<[string, string]>(db, people, [people.fullName], page.map((row) => row.ownerPersonId));
  return page.map((row) => {
    const named = row as ListedAction & Pick<ActionRowColumns, 'ownerUnitName' | 'ownerPersonName'>;
    named.ownerUnitName = unitNames.get(row.ownerUnitId)![1];
    named.ownerPersonName = row.ownerPersonId === null ? null : (personNames.get(row.ownerPersonId)?.[1] ?? null);
    return toActionRow(named, clock, dueStateByRank[row.rank]);
  });
}
