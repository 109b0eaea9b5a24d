import { and, eq } from 'drizzle-orm';
import { audits, checklistTemplates, checklistVersions, plannedInspections, programmes, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { auditDateIssues } from '../../../shared/rules/auditHeader';
import type { FieldIssue } from '../../../shared/contract/audits';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import type { ModuleHandlers } from '../../api/handlers';
import { conflict, invalid, issue, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { assertParticipantsAllowed, writeRepresentatives, writeTeam } from './participants';
import { requireAuditDetail } from './auditViews';

const refuse = (issue: FieldIssue) => invalid(issue.message, [issue]);

function assertUnitActive(db: AppDatabase, unitId: string): void {
  const unit = db.select({ active: units.active, name: units.name }).from(units).where(eq(units.id, unitId)).get();
  if (!unit) throw refuse({ path: 'unitId', message: 'Không tìm thấy đơn vị được kiểm tra' });
  if (!unit.active) throw refuse({ path: 'unitId', message: `${unit.name} đã ngừng hoạt động, không thể kiểm tra` });
}

/** A CCHC audit asks a CCHC (or TTHC-procedure) list, an ISO audit an ISO (or TTHC-procedure) list. */
function assertTemplateFits(db: AppDatabase, versionId: string, kind: AuditKind): void {
  const version = db
    .select({ status: checklistVersions.status, purpose: checklistTemplates.purpose, name: checklistTemplates.name })
    .from(checklistVersions)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
    .where(eq(checklistVersions.id, versionId))
    .get();
  if (!version) throw refuse({ path: 'templateVersionId', message: 'Không tìm thấy danh mục kiểm tra đã chọn' });
  if (version.status !== 'published') {
    throw refuse({ path: 'templateVersionId', message: `Phiên bản đã chọn của “${version.name}” không phải bản đang công bố; hãy chọn bản đã công bố` });
  }
  if (version.purpose !== 'TTHC' && version.purpose !== kind) {
    throw refuse({ path: 'templateVersionId', message: `Danh mục “${version.name}” dành cho ${version.purpose}, không dùng cho cuộc kiểm tra ${kind}` });
  }
}

/** The programme entry is approved, not started yet, and for this unit and kind; it fixes the audit's year. */
function plannedYear(db: AppDatabase, plannedInspectionId: string, unitId: string, kind: AuditKind): number {
  const entry = db
    .select({ unitId: plannedInspections.unitId, kind: plannedInspections.kind, year: programmes.year, status: programmes.status })
    .from(plannedInspections)
    .innerJoin(programmes, eq(programmes.id, plannedInspections.programmeId))
    .where(eq(plannedInspections.id, plannedInspectionId))
    .get();
  const path = 'plannedInspectionId';
  if (!entry) throw refuse({ path, message: 'Không tìm thấy mục kế hoạch kiểm tra đã chọn' });
  if (entry.status !== 'approved') throw refuse({ path, message: 'Kế hoạch kiểm tra chưa được phê duyệt' });
  if (entry.unitId !== unitId || entry.kind !== kind) throw refuse({ path, message: 'Đơn vị hoặc loại kiểm tra khác với mục kế hoạch đã chọn' });
  if (db.select({ id: audits.id }).from(audits).where(eq(audits.plannedInspectionId, plannedInspectionId)).get()) {
    throw conflict(text('errors.audit.entryAlreadyStarted'), [issue(path, text('errors.audit.startedShort'))]);
  }
  return entry.year;
}

function assertBaselineOfUnit(db: AppDatabase, baselineAuditId: string, unitId: string): void {
  const baseline = db.select({ id: audits.id }).from(audits).where(and(eq(audits.id, baselineAuditId), eq(audits.unitId, unitId))).get();
  if (!baseline) throw refuse({ path: 'baselineAuditId', message: 'Cuộc kiểm tra trước phải là của cùng đơn vị' });
}

export const startAudit: ModuleHandlers<'audits.start'>['audits.start'] = (ctx, input) => {
  const { db } = ctx.store;
  const { team, representatives, ...header } = input;
  assertUnitActive(db, input.unitId);
  assertTemplateFits(db, input.templateVersionId, input.kind);
  const auditYear = input.plannedInspectionId ? plannedYear(db, input.plannedInspectionId, input.unitId, input.kind) : Number(input.startDate.slice(0, 4));
  const dateIssues = auditDateIssues(input, auditYear);
  if (dateIssues.length > 0) throw invalid(dateIssues.map((issue) => issue.message).join('; '), dateIssues);
  if (input.baselineAuditId) assertBaselineOfUnit(db, input.baselineAuditId, input.unitId);
  const found = assertParticipantsAllowed(db, team, representatives, input.unitId);

  const created = db.insert(audits).values(header).returning({ id: audits.id }).get();
  writeTeam(db, created.id, team, found);
  writeRepresentatives(db, created.id, representatives);
  recordChange(ctx, { entity: 'audit', entityId: created.id, action: 'create', changes: input });
  return requireAuditDetail(db, created.id);
};
