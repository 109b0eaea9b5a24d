import { asc, eq, inArray } from 'drizzle-orm';
import { audits, correctiveActions, findings, units } from '../../../../db/schema';
import { CLOSED_ACTION_STATUS } from '../../../shared/rules/actionStates';
import type { FindingWithActions } from '../../../shared/contract/actions';
import { localDateOf } from '../../../shared/dates';
import { notFound } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { actionClock } from './actionClock';
import { selectActionRows } from './actionRows';

/** An audit's findings in their order, each with its actions, for the audit page's panel. */
export const actionsByAudit: ModuleHandlers<'actions.byAudit'>['actions.byAudit'] = (ctx, { auditId }) => {
  const { db } = ctx.store;
  const audit = db
    .select({ auditId: audits.id, kind: audits.kind, title: audits.title, unitId: audits.unitId, unitName: units.name, endDate: audits.endDate })
    .from(audits)
    .innerJoin(units, eq(units.id, audits.unitId))
    .where(eq(audits.id, auditId))
    .get();
  if (!audit) throw notFound('audit');
  const ofAudit = db.select({ id: findings.id }).from(findings).where(eq(findings.auditId, auditId));
  const actions = selectActionRows(db, actionClock(ctx), inArray(correctiveActions.findingId, ofAudit));
  const auditFindings: FindingWithActions[] = db
    .select({
      id: findings.id,
      number: findings.number,
      findingClass: findings.findingClass,
      description: findings.description,
      requiresAction: findings.requiresAction,
      status: findings.status,
      createdAt: findings.createdAt,
    })
    .from(findings)
    .where(eq(findings.auditId, auditId))
    .orderBy(asc(findings.number))
    .all()
    .map(({ createdAt, ...finding }) => ({
      ...finding,
      findingDate: localDateOf(new Date(createdAt)),
      actions: actions.filter((action) => action.findingId === finding.id),
    }));
  const closedActions = actions.filter((action) => action.status === CLOSED_ACTION_STATUS).length;
  return { ...audit, findings: auditFindings, openActions: actions.length - closedActions, closedActions };
};
