import { desc, eq, sql } from 'drizzle-orm';
import { audits, correctiveActions, findings, units } from '../../../../db/schema';
import { CLOSED_ACTION_STATUS } from '../../../shared/rules/actionStates';
import type { ModuleHandlers } from '../../api/handlers';
import { auditStartedIn } from './auditYear';

/** Audits that recorded findings, newest first, with how many of their actions are open and closed. */
export const auditOptions: ModuleHandlers<'actions.audits'>['actions.audits'] = (ctx, input) =>
  ctx.store.db
    .select({
      id: audits.id,
      kind: audits.kind,
      title: audits.title,
      unitName: units.name,
      startDate: audits.startDate,
      endDate: audits.endDate,
      findingCount: sql<number>`count(distinct ${findings.id})`,
      openActions: sql<number>`count(${correctiveActions.id}) - count(case when ${correctiveActions.status} = ${CLOSED_ACTION_STATUS} then 1 end)`,
      closedActions: sql<number>`count(case when ${correctiveActions.status} = ${CLOSED_ACTION_STATUS} then 1 end)`,
    })
    .from(audits)
    .innerJoin(units, eq(units.id, audits.unitId))
    .innerJoin(findings, eq(findings.auditId, audits.id))
    .leftJoin(correctiveActions, eq(correctiveActions.findingId, findings.id))
    .where(auditStartedIn(input.year))
    .groupBy(audits.id)
    .orderBy(desc(audits.startDate), audits.title)
    .all();
