import { and, desc, eq } from 'drizzle-orm';
import { changeLog, changeLogActors, changeLogKinds } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';

export const changeLogHandlers: ModuleHandlers<'changeLog.list'> = {
  'changeLog.list': (ctx, input) =>
    ctx.store.db
      .select({
        id: changeLog.id,
        at: changeLog.at,
        actorName: changeLogActors.name,
        machineId: changeLogActors.machineId,
        method: changeLogKinds.method,
        entity: changeLogKinds.entity,
        entityId: changeLog.entityId,
        action: changeLogKinds.action,
        changes: changeLog.changes,
      })
      .from(changeLog)
      .innerJoin(changeLogActors, eq(changeLogActors.id, changeLog.actorId))
      .innerJoin(changeLogKinds, eq(changeLogKinds.id, changeLog.kindId))
      .where(
        and(
          input.entity ? eq(changeLogKinds.entity, input.entity) : undefined,
          input.entityId ? eq(changeLog.entityId, input.entityId) : undefined,
        ),
      )
      .orderBy(desc(changeLog.seq))
      .limit(input.limit)
      .all()
      .map((entry) => ({ ...entry, at: new Date(entry.at).toISOString() })),
};
