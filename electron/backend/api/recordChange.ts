import { and, eq, sql } from 'drizzle-orm';
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

interface ChangeActor {
  profileId: string | null;
  name: string;
  machineId: string | null;
}

/** SQL's IS: equal, or both null. */
const same = (column: AnySQLiteColumn, value: string | null) => sql`${column} IS ${value}`;

/** The number of this actor on this laptop in the lookup table, added on first use. */
function actorIdOf(db: AppDatabase, actor: ChangeActor): number {
  const found = db
    .select({ id: changeLogActors.id })
    .from(changeLogActors)
    .where(and(eq(changeLogActors.name, actor.name), same(changeLogActors.profileId, actor.profileId), same(changeLogActors.machineId, actor.machineId)))
    .get();
  return found?.id ?? db.insert(changeLogActors).values(actor).returning({ id: changeLogActors.id }).get().id;
}

/** The number of this kind of change in the lookup table, added on first use. */
function kindIdOf(db: AppDatabase, kind: typeof changeLogKinds.$inferInsert): number {
  const found = db
    .select({ id: changeLogKinds.id })
    .from(changeLogKinds)
    .where(and(eq(changeLogKinds.method, kind.method), eq(changeLogKinds.entity, kind.entity), eq(changeLogKinds.action, kind.action)))
    .get();
  return found?.id ?? db.insert(changeLogKinds).values(kind).returning({ id: changeLogKinds.id }).get().id;
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
