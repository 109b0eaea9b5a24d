import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { audits, checklistItems, checklistSections, correctiveActions, findings, itemResponses, plannedInspections, programmes, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { localDateOf } from '../../../shared/dates';
import type { ReportingWindow } from '../../../shared/reporting/periods';
import type { AuditKind } from '../../../shared/contract/vocabulary';

/** The audits of a kind that ended in a window and were closed: an audit counts where it ended. */
export function selectEndedAudits(db: AppDatabase, window: Pick<ReportingWindow, 'from' | 'to'>, kind: AuditKind = 'CCHC') {
  return db
    .select({ id: audits.id, title: audits.title, unitId: audits.unitId, unitName: units.name, endDate: audits.endDate })
    .from(audits)
    .innerJoin(units, eq(units.id, audits.unitId))
    .where(and(eq(audits.kind, kind), inArray(audits.status, ['closed', 'locked']), gte(audits.endDate, window.from), lte(audits.endDate, window.to)))
    .orderBy(audits.endDate, units.sortOrder, units.code)
    .all();
}

export function selectPlannedEntries(db: AppDatabase, window: Pick<ReportingWindow, 'from' | 'to'>, kind: AuditKind = 'CCHC') {
  const rows = db
    .select({ id: plannedInspections.id, unitName: units.name, date: plannedInspections.date })
    .from(plannedInspections)
    .innerJoin(programmes, eq(programmes.id, plannedInspections.programmeId))
    .innerJoin(units, eq(units.id, plannedInspections.unitId))
    .where(and(eq(programmes.status, 'approved'), eq(plannedInspections.kind, kind), gte(plannedInspections.date, window.from), lte(plannedInspections.date, window.to)))
    .orderBy(plannedInspections.date, units.sortOrder, units.code)
    .all();
  const started = new Set(
    db
      .select({ id: audits.plannedInspectionId })
      .from(audits)
      .where(inArray(audits.plannedInspectionId, rows.length ? rows.map((row) => row.id) : ['']))
      .all()
      .map((row) => row.id),
  );
  return rows.map(({ id, ...row }) => ({ ...row, started: started.has(id) }));
}

export function selectFindingsOf(db: AppDatabase, auditIds: string[]) {
  if (auditIds.length === 0) return [];
  return db
    .select({ id: findings.id, auditId: findings.auditId, unitName: units.name, number: findings.number, findingClass: findings.findingClass, description: findings.description, reference: findings.reference })
    .from(findings)
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .innerJoin(units, eq(units.id, audits.unitId))
    .where(inArray(findings.auditId, auditIds))
    .orderBy(audits.endDate, units.sortOrder, findings.number)
    .all();
}

/** Every corrective action on a finding of an audit of the kind, with its days in Asia/Ho_Chi_Minh. */
export function selectReportActions(db: AppDatabase, kind: AuditKind = 'CCHC') {
  return db
    .select({
      id: correctiveActions.id,
      findingId: correctiveActions.findingId,
      auditEndDate: audits.endDate,
      verificationResult: correctiveActions.verificationResult,
      unitName: units.name,
      status: correctiveActions.status,
      dueDate: correctiveActions.dueDate,
      createdAt: correctiveActions.createdAt,
      closedAt: correctiveActions.closedAt,
    })
    .from(correctiveActions)
    .innerJoin(findings, eq(findings.id, correctiveActions.findingId))
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .innerJoin(units, eq(units.id, correctiveActions.ownerUnitId))
    .where(eq(audits.kind, kind))
    .orderBy(correctiveActions.dueDate, correctiveActions.createdAt)
    .all()
    .map(({ createdAt, closedAt, ...row }) => ({ ...row, openedOn: localDateOf(new Date(createdAt)), closedOn: closedAt ? localDateOf(new Date(closedAt)) : null }));
}

export function selectResponsesOf(db: AppDatabase, auditIds: string[]) {
  if (auditIds.length === 0) return [];
  return db
    .select({
      auditId: itemResponses.auditId,
      conformity: itemResponses.conformity,
      numericValue: itemResponses.numericValue,
      indicatorMet: itemResponses.indicatorMet,
      area: checklistSections.title,
      areaOrder: checklistSections.sortOrder,
      reference: checklistItems.reference,
      code: checklistItems.code,
      question: checklistItems.question,
      answerType: checklistItems.answerType,
      comparator: checklistItems.comparator,
      threshold: checklistItems.threshold,
      numericUnit: checklistItems.numericUnit,
      itemOrder: checklistItems.sortOrder,
    })
    .from(itemResponses)
    .innerJoin(checklistItems, eq(checklistItems.id, itemResponses.itemId))
    .innerJoin(checklistSections, eq(checklistSections.id, checklistItems.sectionId))
    .where(inArray(itemResponses.auditId, auditIds))
    .orderBy(checklistSections.sortOrder, checklistItems.sortOrder)
    .all();
}

export function selectCchcUnits(db: AppDatabase) {
  return db
    .select({ id: units.id, name: units.name, active: units.active, inCchcScope: units.inCchcScope, isoApplying: units.isoApplying })
    .from(units)
    .orderBy(units.sortOrder, units.code)
    .all();
}
