import { eq, inArray } from 'drizzle-orm';
import { audits, correctiveActions, findings, itemResponses, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { TracedFigure, UnitCard, UnitCardYear } from '../../../shared/contract/reports';
import { actionStatuses } from '../../../shared/contract/vocabulary';
import type { ActionStatus } from '../../../shared/contract/vocabulary';
import { localDateOf } from '../../../shared/dates';
import { notFound } from '../../api/errors';
import { findingsByClassOf, traced } from './cchcFigures';

const countedStatuses = new Set(['closed', 'locked']);

/**
 * One unit's history from the store's rows: every audit it had, and for each calendar year the closed
 * inspections and evaluations that ended in it, their findings by class, the indicators met, and the
 * actions on those findings by their status today. Every count carries the rows behind it.
 */
export function unitCard(db: AppDatabase, unitId: string, madeOn: string): UnitCard {
  const unit = db
    .select({ id: units.id, code: units.code, name: units.name, active: units.active, inCchcScope: units.inCchcScope, isoApplying: units.isoApplying })
    .from(units)
    .where(eq(units.id, unitId))
    .get();
  if (!unit) throw notFound('unit');
  const auditRows = db
    .select({ id: audits.id, kind: audits.kind, title: audits.title, startDate: audits.startDate, endDate: audits.endDate, status: audits.status })
    .from(audits)
    .where(eq(audits.unitId, unitId))
    .orderBy(audits.endDate, audits.startDate, audits.id)
    .all();
  const counted = auditRows.filter((a) => countedStatuses.has(a.status));
  const auditIds = auditRows.map((a) => a.id);
  const findingRows = auditIds.length
    ? db
        .select({ id: findings.id, auditId: findings.auditId, number: findings.number, findingClass: findings.findingClass, description: findings.description, reference: findings.reference })
        .from(findings)
        .where(inArray(findings.auditId, auditIds))
        .all()
    : [];
  const findingIds = findingRows.map((f) => f.id);
  const actionRows = findingIds.length
    ? db
        .select({ id: correctiveActions.id, findingId: correctiveActions.findingId, status: correctiveActions.status, dueDate: correctiveActions.dueDate, createdAt: correctiveActions.createdAt, closedAt: correctiveActions.closedAt })
        .from(correctiveActions)
        .where(inArray(correctiveActions.findingId, findingIds))
        .orderBy(correctiveActions.dueDate, correctiveActions.createdAt)
        .all()
    : [];
  const indicators = auditIds.length
    ? db
        .select({ auditId: itemResponses.auditId, met: itemResponses.indicatorMet })
        .from(itemResponses)
        .where(inArray(itemResponses.auditId, auditIds))
        .all()
        .filter((r) => r.met !== null)
    : [];

  const auditOrder = new Map(auditRows.map((a, index) => [a.id, index]));
  const yearOfAudit = new Map(counted.map((a) => [a.id, Number(a.endDate.slice(0, 4))]));
  const years = [...new Set(yearOfAudit.values())].sort((a, b) => a - b);
  const byYear = (year: number): UnitCardYear => {
    const ofYear = counted.filter((a) => yearOfAudit.get(a.id) === year);
    const ids = new Set(ofYear.map((a) => a.id));
    const yearFindings = findingRows.filter((f) => ids.has(f.auditId));
    const yearFindingIds = new Set(yearFindings.map((f) => f.id));
    const yearActions = actionRows.filter((a) => yearFindingIds.has(a.findingId));
    const yearIndicators = indicators.filter((r) => ids.has(r.auditId));
    return {
      year,
      cchcAudits: traced(
        'audit',
        ofYear.filter((a) => a.kind === 'CCHC').map((a) => a.id),
      ),
      isoAudits: traced(
        'audit',
        ofYear.filter((a) => a.kind === 'ISO').map((a) => a.id),
      ),
      findingsByClass: findingsByClassOf(yearFindings),
      indicatorsMet: yearIndicators.filter((r) => r.met).length,
      indicatorsNotMet: yearIndicators.filter((r) => r.met === false).length,
      actionsByStatus: Object.fromEntries(
        actionStatuses.map((s) => [
          s,
          traced(
            'action',
            yearActions.filter((a) => a.status === s).map((a) => a.id),
          ),
        ]),
      ) as Record<ActionStatus, TracedFigure>,
    };
  };
  const findingsPerAudit = new Map<string, number>();
  findingRows.forEach((f) => findingsPerAudit.set(f.auditId, (findingsPerAudit.get(f.auditId) ?? 0) + 1));
  return {
    unit,
    madeOn,
    years: years.map(byYear),
    audits: auditRows.map((a) => ({ ...a, unitName: unit.name, findings: findingsPerAudit.get(a.id) ?? 0 })),
    findings: findingRows.map((f) => ({ ...f, unitName: unit.name })).sort((a, b) => auditOrder.get(a.auditId)! - auditOrder.get(b.auditId)! || a.number - b.number),
    actionRows: actionRows.map(({ findingId: _finding, createdAt, closedAt, ...a }) => ({
      ...a,
      unitName: unit.name,
      openedOn: localDateOf(new Date(createdAt)),
      closedOn: closedAt ? localDateOf(new Date(closedAt)) : null,
    })),
  };
}
