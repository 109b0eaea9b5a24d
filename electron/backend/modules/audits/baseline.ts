import { and, asc, desc, eq } from 'drizzle-orm';
import { auditParticipants, audits, checklistVersions } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import type { TeamRole } from '../../../shared/contract/vocabulary';
import type { ModuleHandlers } from '../../api/handlers';
import { openFindingsOf } from './auditViews';

/** The baseline's own version while it is still the published one, else its template's published version. */
function suggestedVersion(db: AppDatabase, versionId: string): string | null {
  const version = db.select().from(checklistVersions).where(eq(checklistVersions.id, versionId)).get();
  if (!version) return null;
  if (version.status === 'published') return version.id;
  const current = db
    .select({ id: checklistVersions.id })
    .from(checklistVersions)
    .where(and(eq(checklistVersions.templateId, version.templateId), eq(checklistVersions.status, 'published')))
    .get();
  return current?.id ?? null;
}

/** The unit's latest audit of the same kind: its team, representatives and setting, and its findings still open. */
export const auditBaseline: ModuleHandlers<'audits.baseline'>['audits.baseline'] = (ctx, { unitId, kind }) => {
  const { db } = ctx.store;
  const previous = db
    .select()
    .from(audits)
    .where(and(eq(audits.unitId, unitId), eq(audits.kind, kind)))
    .orderBy(desc(audits.startDate), desc(audits.createdAt))
    .get();
  if (!previous) return null;
  const participants = db.select().from(auditParticipants).where(eq(auditParticipants.auditId, previous.id)).orderBy(asc(auditParticipants.sortOrder)).all();
  return {
    auditId: previous.id,
    title: previous.title,
    kind: previous.kind,
    startDate: previous.startDate,
    endDate: previous.endDate,
    place: previous.place,
    templateVersionId: previous.templateVersionId,
    suggestedTemplateVersionId: suggestedVersion(db, previous.templateVersionId),
    objective: previous.objective,
    scope: previous.scope,
    criteria: previous.criteria,
    team: participants.flatMap((p) => (p.side === 'team' && p.personId ? [{ personId: p.personId, role: p.role as TeamRole }] : [])),
    representatives: participants.filter((p) => p.side === 'unit').map((p) => ({ fullName: p.fullName, position: p.position, personId: p.personId })),
    openFindings: openFindingsOf(db, previous.id),
  };
};
