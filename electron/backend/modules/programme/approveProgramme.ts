import { eq } from 'drizzle-orm';
import { plannedInspections, programmes } from '../../../../db/schema';
import { localDateOf } from '../../../shared/dates';
import { invalid, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { checklistVersionFor } from './checklistVersionFor';
import { requireProgramme } from './programmeRows';
import { buildProgrammeView } from './programmeView';
import { programmeViewAfterEdit } from './respond';

/**
 * Approval makes the planned inspections ready to start. It is refused while any hard rule is
 * broken, and each entry is linked to the checklist version published for its kind at that moment.
 */
export const approveProgramme: ModuleHandlers<'programme.approve'>['programme.approve'] = (ctx, { id, documentNumber }) => {
  const { db } = ctx.store;
  const programme = requireProgramme(db, id);
  const view = buildProgrammeView(db, programme, localDateOf(ctx.now()));
  if (programme.status === 'approved') return view;
  if (view.entries.length === 0) throw invalid(text('errors.programme.nothingToApprove'));
  const hard = view.violations.filter((v) => v.severity === 'hard');
  if (hard.length > 0) {
    throw invalid(
      text('errors.programme.hardViolations', { count: hard.length, details: hard.map((v) => v.message).join(' ') }),
      hard.map((v) => ({ path: 'violations', message: v.message })),
    );
  }
  const versions = { CCHC: checklistVersionFor(db, 'CCHC', programme.year), ISO: checklistVersionFor(db, 'ISO', programme.year) };
  for (const entry of view.entries) {
    db.update(plannedInspections).set({ templateVersionId: versions[entry.kind] }).where(eq(plannedInspections.id, entry.id)).run();
  }
  const approval = {
    status: 'approved' as const,
    approvedAt: ctx.now().toISOString(),
    approvedBy: ctx.actor.name,
    documentNumber: documentNumber ?? programme.documentNumber,
  };
  db.update(programmes).set(approval).where(eq(programmes.id, id)).run();
  recordChange(ctx, {
    entity: 'programme',
    entityId: id,
    action: 'update',
    changes: { status: [programme.status, approval.status], documentNumber: approval.documentNumber, templateVersions: versions },
  });
  return programmeViewAfterEdit(ctx, id);
};
