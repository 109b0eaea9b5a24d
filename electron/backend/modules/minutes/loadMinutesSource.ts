import { asc, eq, inArray } from 'drizzle-orm';
import {
  auditParticipants,
  audits,
  checklistItems,
  checklistSections,
  correctiveActions,
  findings,
  itemResponses,
  units,
} from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { notFound } from '../../api/errors';

export type AuditRow = typeof audits.$inferSelect;
export type ParticipantRow = typeof auditParticipants.$inferSelect;
export type SectionRow = typeof checklistSections.$inferSelect;
export type ItemRow = typeof checklistItems.$inferSelect;
export type ResponseRow = typeof itemResponses.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;

/** Everything the minutes say, read in one go from the audit's tables. */
export interface MinutesSource {
  audit: AuditRow;
  unitName: string;
  participants: ParticipantRow[];
  sections: SectionRow[];
  items: ItemRow[];
  responses: ResponseRow[];
  findings: FindingRow[];
  /** The earliest due date of each finding's corrective actions. */
  actionDueDates: Map<string, string>;
}

export function readAudit(db: AppDatabase, auditId: string): AuditRow {
  const audit = db.select().from(audits).where(eq(audits.id, auditId)).get();
  if (!audit) throw notFound('audit');
  return audit;
}

export function readParticipants(db: AppDatabase, auditId: string): ParticipantRow[] {
  return db.select().from(auditParticipants).where(eq(auditParticipants.auditId, auditId)).orderBy(asc(auditParticipants.sortOrder)).all();
}

export function loadMinutesSource(db: AppDatabase, auditId: string): MinutesSource {
  const audit = readAudit(db, auditId);
  const unit = db.select({ name: units.name }).from(units).where(eq(units.id, audit.unitId)).get();
  const auditFindings = db.select().from(findings).where(eq(findings.auditId, auditId)).orderBy(asc(findings.number)).all();
  const actionDueDates = new Map<string, string>();
  if (auditFindings.length > 0) {
    const actions = db
      .select({ findingId: correctiveActions.findingId, dueDate: correctiveActions.dueDate })
      .from(correctiveActions)
      .where(inArray(correctiveActions.findingId, auditFindings.map((f) => f.id)))
      .all();
    for (const action of actions) {
      const known = actionDueDates.get(action.findingId);
      if (!known || action.dueDate < known) actionDueDates.set(action.findingId, action.dueDate);
    }
  }
  return {
    audit,
    unitName: unit?.name ?? '',
    participants: readParticipants(db, auditId),
    sections: db.select().from(checklistSections).where(eq(checklistSections.versionId, audit.templateVersionId)).orderBy(asc(checklistSections.sortOrder)).all(),
    items: db.select().from(checklistItems).where(eq(checklistItems.versionId, audit.templateVersionId)).orderBy(asc(checklistItems.sortOrder)).all(),
    responses: db.select().from(itemResponses).where(eq(itemResponses.auditId, auditId)).all(),
    findings: auditFindings,
    actionDueDates,
  };
}
