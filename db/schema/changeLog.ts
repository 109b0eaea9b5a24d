import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, uuidPrimaryKey } from './columns';

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const changeLog = sqliteTable(
  'change_log',
  {
    id: uuidPrimaryKey(),
    at: createdAt(),
    actorProfileId: text('actor_profile_id'),
    actorName: text('actor_name').notNull(),
    /** The laptop that made the change (may-nay.json); null for entries written before it was recorded. */
    machineId: text('machine_id'),
    method: text('method').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    changes: text('changes', { mode: 'json' }),
  },
  // No index on the time: entries are read newest first by rowid, which follows the time.
  (t) => [index('change_log_entity_idx').on(t.entity, t.entityId)],
);
