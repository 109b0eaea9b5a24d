import { and, eq, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { changeLog, changeLogActors, changeLogKinds } from '../../../db/schema';
import type { AppDatabase } from '../../../db/store';
import type { HandlerContext } from './context';

export interface ChangeRecord {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes?: unknown;
}

/** SQL's IS: equal, or both null. */
const same = (column: AnySQLiteColumn, value: string | null | undefined) => sql`${column} IS ${value ?? null}`;

/** The number of a row of a lookup table (who, or what kind), added on first use. */
function lookupId<T extends typeof changeLogActors | typeof changeLogKinds>(db: AppDatabase, table: T, match: SQL | undefined, row: T['$inferInsert']): number {
  const found = db.select({ id: table.id }).from(table as typeof changeLogActors).where(match).get();
  return found?.id ?? db.insert(table).values(row).returning({ id: table.id }).get().id;
}

function actorIdOf(db: AppDatabase, actor: typeof changeLogActors.$inferInsert): number {
  return lookupId(db, changeLogActors, and(eq(changeLogActors.name, actor.name), same(changeLogActors.profileId, actor.profileId), same(changeLogActors.machineId, actor.machineId)), actor);
}

function kindIdOf(db: AppDatabase, kind: typeof changeLogKinds.$inferInsert): number {
  return lookupId(db, changeLogKinds, and(eq(changeLogKinds.method, kind.method), eq(changeLogKinds.entity, kind.entity), eq(changeLogKinds.action, kind.action)), kind);
}

/** Appends to the change log inside the caller's transaction, so a failed write leaves no entry either. */
export function recordChange(ctx: HandlerContext, change: ChangeRecord): void {
  const db = ctx.store.db;
  db.insert(changeLog)
    .values({
      at: ctx.now().getTime(),
      actorId: actorIdOf(db, { profileId: ctx.actor.profileId, name: ctx.actor.name, machineId: ctx.machineId }),
      kindId: kindIdOf(db, { method: ctx.method, entity: change.entity, action: change.action }),
      entityId: change.entityId,
      changes: change.changes ?? null,
    })
    .run();
}

/** The fields whose values differ, as {field: [before, after]}. */
export function diffFields<T extends object>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changed: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    const previous = (before as Record<string, unknown>)[key];
    if (value !== undefined && previous !== value) changed[key] = [previous, value];
  }
  return changed;
}
