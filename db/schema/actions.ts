import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { actionStatuses } from '../../electron/shared/contract/vocabulary';
import { createdAt, updatedAt, uuidPrimaryKey } from './columns';
import { findings } from './findings';
import { people, units } from './units';


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
    // Covers the board: counts by status and due date, aging by opening time, and the urgency order, without reading the table.
    index('corrective_actions_status_due_idx').on(t.status, t.dueDate, t.createdAt),
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
