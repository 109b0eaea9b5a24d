import { randomUUID } from 'node:crypto';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/*
 * Append-only: triggers in the migrations refuse UPDATE and DELETE on all three tables.
 * Who (profile, name, laptop) and what kind (method, entity, action) repeat on nearly every entry,
 * so each entry holds a small number into the two lookup tables instead of the strings.
 */

export const changeLogActors = sqliteTable(
  'change_log_actors',
  {
    id: integer('id').primaryKey(),
    profileId: text('profile_id'),
    name: text('name').notNull(),
    /** The laptop that made the change (may-nay.json); null for entries written before it was recorded. */
    machineId: text('machine_id'),
  },
  (t) => [index('change_log_actors_name_idx').on(t.name)],
);

export const changeLogKinds = sqliteTable(
  'change_log_kinds',
  {
    id: integer('id').primaryKey(),
    method: text('method').notNull(),
    entity: text('entity').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
  },
  (t) => [uniqueIndex('change_log_kinds_unique').on(t.method, t.entity, t.action)],
);

export const changeLog = sqliteTable(
  'change_log',
  {
    /** The order of writing; entries are read newest first by it. */
    seq: integer('seq').primaryKey(),
    /** Names the entry beyond this store (no index: nothing looks an entry up by it). */
    id: text('id').notNull().$defaultFn(() => randomUUID()),
    /** Milliseconds since 1970 (UTC). */
    at: integer('created_at').notNull(),
    actorId: integer('actor_id').notNull().references(() => changeLogActors.id),
    kindId: integer('kind_id').notNull().references(() => changeLogKinds.id),
    entityId: text('entity_id').notNull(),
    changes: text('changes', { mode: 'json' }),
  },
  (t) => [index('change_log_entity_idx').on(t.entityId)],
);
