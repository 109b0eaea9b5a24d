import { randomUUID } from 'node:crypto';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** UUID keys, because records will later move between laptops. */
export const uuidPrimaryKey = () => text('id').primaryKey().$defaultFn(() => randomUUID());

/** Instants are stored as ISO-8601 strings in UTC; calendar dates (no time of day) as yyyy-MM-dd. */
export const createdAt = () => text('created_at').notNull().$defaultFn(() => new Date().toISOString());
export const updatedAt = () =>
  text('updated_at')
    .notNull()
    .$defaultFn(() => new Date().toISOString())
    .$onUpdateFn(() => new Date().toISOString());

export const flag = (name: string) => integer(name, { mode: 'boolean' });
