import { changeLog } from '../../../db/schema';
import type { HandlerContext } from './context';

export interface ChangeRecord {
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  changes?: unknown;
}

/** Appends to the change log inside the caller's transaction, so a failed write leaves no entry either. */
export function recordChange(ctx: HandlerContext, change: ChangeRecord): void {
  ctx.store.db
    .insert(changeLog)
    .values({
      at: ctx.now().toISOString(),
      actorProfileId: ctx.actor.profileId,
      actorName: ctx.actor.name,
      machineId: ctx.machineId,
      method: ctx.method,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
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
