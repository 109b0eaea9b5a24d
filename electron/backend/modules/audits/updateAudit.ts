import { eq } from 'drizzle-orm';
import { audits } from '../../../../db/schema';
import { minutesClosingFields } from '../../../shared/contract/audits';
import { auditDateIssues, teamIssues } from '../../../shared/rules/auditHeader';
import { endedTimeIssue } from '../../../shared/rules/auditClosing';
import type { ModuleHandlers } from '../../api/handlers';
import { invalidIssues, issue } from '../../api/errors';
import { diffFields, recordChange } from '../../api/recordChange';
import { auditYearOf, requireAuditForClosingFields, requireEditableAudit } from './auditRules';
import { requireAuditDetail } from './auditViews';
import { assertParticipantsAllowed, writeRepresentatives, writeTeam } from './participants';

/**
 * Header fields, team and representatives of an audit in progress; the year it belongs to stays
 * fixed. The unit's comments, the conclusion and the end time are also taken while the audit is
 * closed, until its minutes are issued.
 */
export const updateAudit: ModuleHandlers<'audits.update'>['audits.update'] = (ctx, { id, team, representatives, ...patch }) => {
  const { db } = ctx.store;
  const onlyClosingFields = !team && !representatives && Object.keys(patch).every((field) => (minutesClosingFields as readonly string[]).includes(field));
  const before = onlyClosingFields ? requireAuditForClosingFields(db, id) : requireEditableAudit(db, id);
  const merged = { ...before, ...patch };
  const endedIssue = merged.endedTime === null ? null : endedTimeIssue(merged.endDate, merged.endedTime, ctx.now());
  const issues = [
    ...auditDateIssues(merged, auditYearOf(before)),
    ...(team ? teamIssues(team) : []),
    ...(endedIssue && (patch.endedTime !== undefined || before.status === 'closed') ? [issue('endedTime', endedIssue)] : []),
  ];
  if (issues.length > 0) throw invalidIssues(issues);

  const changes: Record<string, unknown> = diffFields(before, patch);
  if (team || representatives) {
    const beforeDetail = requireAuditDetail(db, id);
    const found = assertParticipantsAllowed(db, team ?? [], representatives ?? [], before.unitId);
    if (team) {
      writeTeam(db, id, team, found);
      changes.team = [beforeDetail.team.map((m) => ({ personId: m.personId, role: m.role })), team];
    }
    if (representatives) {
      writeRepresentatives(db, id, representatives);
      changes.representatives = [beforeDetail.representatives.map((r) => ({ fullName: r.fullName, position: r.position })), representatives];
    }
  }
  if (Object.keys(changes).length === 0) return requireAuditDetail(db, id);
  if (Object.keys(patch).length > 0) db.update(audits).set({ ...patch, updatedAt: ctx.now().toISOString() }).where(eq(audits.id, id)).run();
  recordChange(ctx, { entity: 'audit', entityId: id, action: 'update', changes });
  return requireAuditDetail(db, id);
};
