import { and, eq } from 'drizzle-orm';
import { audits, checklistTemplates, checklistVersions, plannedInspections, programmes, units } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { auditDateIssues } from '../../../shared/rules/auditHeader';
import type { LocalizedText } from '../../../shared/i18n/catalog';
import type { AuditKind } from '../../../shared/contract/vocabulary';
import type { ModuleHandlers } from '../../api/handlers';
import { conflict, invalid, invalidIssues, issue, text } from '../../api/errors';
import { recordChange } from '../../api/recordChange';
import { assertParticipantsAllowed, writeRepresentatives, writeTeam } from './participants';
import { requireAuditDetail } from './auditViews';

const refuse = (path: string, message: LocalizedText) => invalid(message, [issue(path, message)]);

function assertUnitActive(db: AppDatabase, unitId: string): void {
  const unit = db.select({ active: units.active, name: units.name }).from(units).where(eq(units.id, unitId)).get();
  if (!unit) throw refuse('unitId', text('errors.audit.unitMissing'));
  if (!unit.active) throw refuse('unitId', text('errors.audit.unitInactive', { name: unit.name }));
}

/** A CCHC audit asks a CCHC (or TTHC-procedure) list, an ISO audit an ISO (or TTHC-procedure) list. */
function assertTemplateFits(db: AppDatabase, versionId: string, kind: AuditKind): void {
  const version = db
    .select({ status: checklistVersions.status, purpose: checklistTemplates.purpose, name: checklistTemplates.name })
    .from(checklistVersions)
    .innerJoin(checklistTemplates, eq(checklistTemplates.id, checklistVersions.templateId))
    .where(eq(checklistVersions.id, versionId))
    .get();
  if (!version) throw refuse('templateVersionId', text('errors.audit.checklistMissing'));
  if (version.status !== 'published') {
    throw refuse('templateVersionId', text('errors.audit.checklistNotPublished', { name: version.name }));
  }
  if (version.purpose !== 'TTHC' && version.purpose !== kind) {
    throw refuse('templateVersionId', text('errors.audit.checklistWrongKind', { name: version.name, purpose: version.purpose, kind }));
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
  if (!entry) throw refuse(path, text('errors.audit.entryMissing'));
  if (entry.status !== 'approved') throw refuse(path, text('errors.audit.programmeNotApproved'));
  if (entry.unitId !== unitId || entry.kind !== kind) throw refuse(path, text('errors.audit.entryMismatch'));
  if (db.select({ id: audits.id }).from(audits).where(eq(audits.plannedInspectionId, plannedInspectionId)).get()) {
    throw conflict(text('errors.audit.entryAlreadyStarted'), [issue(path, text('errors.audit.startedShort'))]);
  }
  return entry.year;
}

function assertBaselineOfUnit(db: AppDatabase, baselineAuditId: string, unitId: string): void {
  const baseline = db.select({ id: audits.id }).from(audits).where(and(eq(audits.id, baselineAuditId), eq(audits.unitId, unitId))).get();
  if (!baseline) throw refuse('baselineAuditId', text('errors.audit.baselineOtherUnit'));
}

export const startAudit: ModuleHandlers<'audits.start'>['audits.start'] = (ctx, input) => {
  const { db } = ctx.store;
  const { team, representatives, ...header } = input;
  assertUnitActive(db, input.unitId);
  assertTemplateFits(db, input.templateVersionId, input.kind);
  const auditYear = input.plannedInspectionId ? plannedYear(db, input.plannedInspectionId, input.unitId, input.kind) : Number(input.startDate.slice(0, 4));
  const dateIssues = auditDateIssues(input, auditYear);
  if (dateIssues.length > 0) throw invalidIssues(dateIssues);
  if (input.baselineAuditId) assertBaselineOfUnit(db, input.baselineAuditId, input.unitId);
  const found = assertParticipantsAllowed(db, team, representatives, input.unitId);

  const created = db.insert(audits).values(header).returning({ id: audits.id }).get();
  writeTeam(db, created.id, team, found);
  writeRepresentatives(db, created.id, representatives);
  recordChange(ctx, { entity: 'audit', entityId: created.id, action: 'create', changes: input });
  return requireAuditDetail(db, created.id);
};
