import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { auditParticipants, audits, checklistItems, checklistTemplates, checklistVersions, findings, itemResponses, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { answerState, isAnswered } from '../../../shared/rules/answers';
import type { AuditDetail, AuditListItem, AuditParticipantView, BaselineFindingView } from '../../../shared/contract/audits';
import { vietnameseCollator } from '../../../shared/text';
import { notFound } from '../../api/errors';
import { auditYearOf } from './auditRules';

const listColumns = {
  id: audits.id,
  title: audits.title,
  kind: audits.kind,
  unitId: audits.unitId,
  unitName: units.name,
  startDate: audits.startDate,
  endDate: audits.endDate,
  place: audits.place,
  status: audits.status,
  templateVersionId: audits.templateVersionId,
  templateName: checklistTemplates.name,
  templateVersion: checklistVersions.version,
};

function countByAudit(db: AppDatabase, auditIds: string[]) {
  const items = new Map<string, number>();
  const answered = new Map<string, number>();
  const found = new Map<string, number>();
  const leaders = new Map<string, string>();
  if (auditIds.length === 0) return { items, answered, found, leaders };
  const itemRows = db
    .select({ auditId: audits.id, total: count(checklistItems.id) })
    .from(audits)
    .innerJoin(checklistItems, and(eq(checklistItems.versionId, audits.templateVersionId), eq(checklistItems.retired, false)))
    .where(inArray(audits.id, auditIds))
    .groupBy(audits.id)
    .all();
  for (const row of itemRows) items.set(row.auditId, row.total);
  const responses = db
    .select({
      auditId: itemResponses.auditId,
      answerType: checklistItems.answerType,
      conformity: itemResponses.conformity,
      numericValue: itemResponses.numericValue,
      yesNo: itemResponses.yesNo,
      textValue: itemResponses.textValue,
      notApplicableReason: itemResponses.notApplicableReason,
    })
    .from(itemResponses)
    .innerJoin(checklistItems, and(eq(checklistItems.id, itemResponses.itemId), eq(checklistItems.retired, false)))
    .where(inArray(itemResponses.auditId, auditIds))
    .all();
  for (const response of responses) {
    if (isAnswered(answerState(response.answerType, response))) answered.set(response.auditId, (answered.get(response.auditId) ?? 0) + 1);
  }
  const findingRows = db.select({ auditId: findings.auditId, total: count() }).from(findings).where(inArray(findings.auditId, auditIds)).groupBy(findings.auditId).all();
  for (const row of findingRows) found.set(row.auditId, row.total);
  const leaderRows = db
    .select({ auditId: auditParticipants.auditId, fullName: auditParticipants.fullName })
    .from(auditParticipants)
    .where(and(inArray(auditParticipants.auditId, auditIds), eq(auditParticipants.role, 'truong_doan')))
    .all();
  for (const row of leaderRows) leaders.set(row.auditId, row.fullName);
  return { items, answered, found, leaders };
}

/** Newest first. */
export function selectAuditList(db: AppDatabase, where?: SQL): AuditListItem[] {
  const rows = db
    .select(listColumns)
    .from(audits)
    .innerJoin(units, eq(units.id, audits.unitId))
    .innerJoin(checklistVersions, eq(checklistVersions.id, audits.templateVersionId))
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
    .where(where)
    .all()
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || vietnameseCollator.compare(a.unitName, b.unitName));
  const counts = countByAudit(
    db,
    rows.map((row) => row.id),
  );
  return rows.map(({ templateVersionId: _version, ...row }) => ({
    ...row,
    leaderName: counts.leaders.get(row.id) ?? null,
    itemCount: counts.items.get(row.id) ?? 0,
    answeredCount: counts.answered.get(row.id) ?? 0,
    findingCount: counts.found.get(row.id) ?? 0,
  }));
}

function participantsOf(db: AppDatabase, auditId: string): AuditParticipantView[] {
  return db
    .select({
      id: auditParticipants.id,
      side: auditParticipants.side,
      role: auditParticipants.role,
      personId: auditParticipants.personId,
      fullName: auditParticipants.fullName,
      position: auditParticipants.position,
    })
    .from(auditParticipants)
    .where(eq(auditParticipants.auditId, auditId))
    .orderBy(asc(auditParticipants.sortOrder))
    .all();
}

export function openFindingsOf(db: AppDatabase, auditId: string): BaselineFindingView[] {
  return db
    .select({
      id: findings.id,
      number: findings.number,
      findingClass: findings.findingClass,
      reference: findings.reference,
      description: findings.description,
      requiresAction: findings.requiresAction,
    })
    .from(findings)
    .where(and(eq(findings.auditId, auditId), eq(findings.status, 'open')))
    .orderBy(asc(findings.number))
    .all();
}

export function requireAuditDetail(db: AppDatabase, id: string): AuditDetail {
  const [summary] = selectAuditList(db, eq(audits.id, id));
  const row = db.select().from(audits).where(eq(audits.id, id)).get();
  if (!summary || !row) throw notFound('audit');
  const template = db
    .select({ templateId: checklistTemplates.id, templatePurpose: checklistTemplates.purpose })
    .from(checklistVersions)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
    .where(eq(checklistVersions.id, row.templateVersionId))
    .get()!;
  const participants = participantsOf(db, id);
  const baselineRow = row.baselineAuditId ? db.select().from(audits).where(eq(audits.id, row.baselineAuditId)).get() : undefined;
  return {
    ...summary,
    ...template,
    year: auditYearOf(row),
    plannedInspectionId: row.plannedInspectionId,
    templateVersionId: row.templateVersionId,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    planNumber: row.planNumber,
    planDate: row.planDate,
    objective: row.objective,
    scope: row.scope,
    criteria: row.criteria,
    unitComments: row.unitComments,
    conclusion: row.conclusion,
    closedAt: row.closedAt,
    endedTime: row.endedTime,
    team: participants.filter((p) => p.side === 'team'),
    representatives: participants.filter((p) => p.side === 'unit'),
    baseline: baselineRow
      ? { id: baselineRow.id, title: baselineRow.title, startDate: baselineRow.startDate, endDate: baselineRow.endDate, openFindings: openFindingsOf(db, baselineRow.id) }
      : null,
  };
}
