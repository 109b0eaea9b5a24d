import { and, eq, sql } from 'drizzle-orm';
import { changeLog } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';

export const changeLogHandlers: ModuleHandlers<'changeLog.list'> = {
  'changeLog.list': (ctx, input) =>
    ctx.store.db
      .select()
      .from(changeLog)
      .where(
        and(
          input.entity ? eq(changeLog.entity, input.entity) : undefined,
          input.entityId ? eq(changeLog.entityId, input.entityId) : undefined,
        ),
      )
      .orderBy(sql`${changeLog}.rowid desc`)
      .limit(input.limit)
      .all()
      .map(({ actorProfileId: _actor, ...entry }) => entry),
};
