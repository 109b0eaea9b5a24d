import { sql } from 'drizzle-orm';
import { check, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, updatedAt } from './columns';

/**
 * This store's identity (a single row, id 'default'): a UUID made once, and a name the user gives. It travels
 * with the store (a backup restored on a new laptop is the same store); the laptop's own identity is kept
 * beside the store, in may-nay.json.
 */
export const storeIdentity = sqliteTable(
  'store_identity',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [check('store_identity_single_row', sql`${t.id} = 'default'`)],
);
