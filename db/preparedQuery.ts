import type Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { AppDatabase } from './store';

const dialect = new SQLiteSyncDialect();

/** Statements kept per connection; the text differs only by the shape of the filters, so a few stay in use. */
const KEPT_PER_CONNECTION = 32;
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The connection's prepared statement for this text, prepared on first use. */
export function preparedStatement(db: AppDatabase, text: string): Database.Statement {
  const sqlite = db.$client;
  let kept = statements.get(sqlite);
  if (!kept) statements.set(sqlite, (kept = new Map()));
  const statement = kept.get(text) ?? sqlite.prepare(text);
  // Most recently used last, so the oldest is the one dropped.
  kept.delete(text);
  if (kept.size >= KEPT_PER_CONNECTION) kept.delete(kept.keys().next().value!);
  kept.set(text, statement);
  return statement;
}

/**
 * Runs a hot read as a prepared better-sqlite3 statement returning positional rows: the conditions are
 * still written with drizzle, but neither the query builder nor its row mapping runs per call.
 */
export function allRows<Row extends unknown[]>(db: AppDatabase, query: SQL): Row[] {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const statement = preparedStatement(db, text);
  return statement.raw(true).all(...params) as Row[];
}
