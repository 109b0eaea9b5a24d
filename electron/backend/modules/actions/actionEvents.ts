import { asc, eq, sql } from 'drizzle-orm';
import { correctiveActionEvents } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { ActionEventDetails, ActionEventView } from '../../../shared/contract/actions';
import type { ActionStatus } from '../../../shared/contract/vocabulary';
import type { HandlerContext } from '../../api/context';

export interface ActionMove {
  actionId: string;
  from: ActionStatus | null;
  to: ActionStatus;
  comment: string;
  details?: ActionEventDetails;
}

/** Who (the current profile), when and why, for every status an action passes through. */
export function recordActionEvent(ctx: HandlerContext, move: ActionMove): void {
  ctx.store.db
    .insert(correctiveActionEvents)
    .values({
      actionId: move.actionId,
      fromStatus: move.from,
      toStatus: move.to,
      actorProfileId: ctx.actor.profileId,
      actorName: ctx.actor.name,
      comment: move.comment,
      details: move.details && Object.keys(move.details).length > 0 ? { ...move.details } : null,
      at: ctx.now().toISOString(),
    })
    .run();
}

export function listActionEvents(db: AppDatabase, actionId: string): ActionEventView[] {
  return db
    .select({
      id: correctiveActionEvents.id,
      at: correctiveActionEvents.at,
      actorName: correctiveActionEvents.actorName,
      fromStatus: correctiveActionEvents.fromStatus,
      toStatus: correctiveActionEvents.toStatus,
      comment: correctiveActionEvents.comment,
      details: correctiveActionEvents.details,
    })
    .from(correctiveActionEvents)
    .where(eq(correctiveActionEvents.actionId, actionId))
    // Two moves of one command share their instant; the insertion order keeps them in sequence.
    .orderBy(asc(correctiveActionEvents.at), asc(sql`rowid`))
    .all()
    .map((event) => ({ ...event, details: (event.details as ActionEventDetails | null) ?? null }));
}
