import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { CLOSED_ACTION_STATUS } from '../../electron/shared/rules/actionStates';
import { actionStatuses } from '../../electron/shared/contract/vocabulary';
import type { ActionStatus } from '../../electron/shared/contract/vocabulary';
import { createdAt, updatedAt, uuidPrimaryKey } from './columns';
import { findings } from './findings';
import { people, units } from './units';

/** The urgency group of an action's status: 0 while its owner still works on it, 1 awaiting verification, 2 closed. */
export const CLOSED_URGENCY_GROUP = 2;

/**
 * The board's order is this group, then the due date: within group 0, overdue, due soon and on track
 * follow the due date, so the order needs no clock and an index can hold it. The statuses are written
 * as literals, not bound, because SQLite uses an expression index only for the same expression.
 */
export function actionUrgencyGroup(status: SQLiteColumn): SQL<number> {
  const literal = (value: string) => sql.raw(`'${value}'`);
  return sql<number>`(case ${status} when ${literal(CLOSED_ACTION_STATUS)} then ${sql.raw(String(CLOSED_URGENCY_GROUP))} when ${literal('cho_xac_minh' satisfies ActionStatus)} then 1 else 0 end)`;
}

export const correctiveActions = sqliteTable(
  'corrective_actions',
  {
    id: uuidPrimaryKey(),
    findingId: text('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'restrict' }),
    ownerUnitId: text('owner_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    ownerPersonId: text('owner_person_id').references(() => people.id, { onDelete: 'set null' }),
    correction: text('correction').notNull().default(''),
    rootCause: text('root_cause').notNull().default(''),
    fiveWhys: text('five_whys', { mode: 'json' }).$type<string[]>(),
    actionPlan: text('action_plan').notNull().default(''),
    dueDate: text('due_date').notNull(),
    status: text('status', { enum: actionStatuses }).notNull().default('moi'),
    completionEvidence: text('completion_evidence').notNull().default(''),
    verifierPersonId: text('verifier_person_id').references(() => people.id, { onDelete: 'set null' }),
    verificationDate: text('verification_date'),
    verificationResult: text('verification_result', { enum: ['hieu_qua', 'khong_hieu_qua'] }),
    closedAt: text('closed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('corrective_actions_finding_idx').on(t.findingId),
    // Covers the counts by status and due date (the whole store's overdue and due-soon counts, the due filters) without reading the table.
    index('corrective_actions_status_due_idx').on(t.status, t.dueDate, t.createdAt),
    // The board's page without a sort: its urgency order, read off the index (see `actionUrgencyGroup`).
    index('corrective_actions_urgency_idx').on(actionUrgencyGroup(t.status), t.dueDate),
    // The whole store's aging counts and oldest open action, each a range of this index.
    index('corrective_actions_status_created_idx').on(t.status, t.createdAt),
    index('corrective_actions_unit_idx').on(t.ownerUnitId),
    index('corrective_actions_owner_person_idx').on(t.ownerPersonId),
    index('corrective_actions_verifier_idx').on(t.verifierPersonId),
  ],
);

export const correctiveActionEvents = sqliteTable(
  'corrective_action_events',
  {
    id: uuidPrimaryKey(),
    actionId: text('action_id')
      .notNull()
      .references(() => correctiveActions.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: actionStatuses }),
    toStatus: text('to_status', { enum: actionStatuses }).notNull(),
    actorProfileId: text('actor_profile_id'),
    actorName: text('actor_name').notNull(),
    comment: text('comment').notNull().default(''),
    /** What the move set (new due date, verifier and verification date), so the history reads on its own. */
    details: text('details', { mode: 'json' }).$type<Record<string, string | null>>(),
    at: createdAt(),
  },
  (t) => [index('corrective_action_events_action_idx').on(t.actionId)],
);
