import { and, asc, eq, gt } from 'drizzle-orm';
import { evidenceLinks, findings } from '../../../../db/schema';
import type { AppDatabase } from '../../../../db/store';
import { findingCode } from '../../../shared/rules/findings';
import { conflict, text } from '../../api/errors';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { requireEditableAudit } from '../audits/auditRules';
import { deleteForgottenFiles, forgetUnusedFiles } from '../evidence/releaseFiles';
import { requireFindingView } from './findingViews';

/** Closes the gap a removed finding leaves, one row at a time from the lowest so the numbers never collide. */
function renumberAfter(db: AppDatabase, auditId: string, removedNumber: number): void {
  const later = db
    .select({ id: findings.id, number: findings.number })
    .from(findings)
    .where(and(eq(findings.auditId, auditId), gt(findings.number, removedNumber)))
    .orderBy(asc(findings.number))
    .all();
  for (const finding of later) db.update(findings).set({ number: finding.number - 1 }).where(eq(findings.id, finding.id)).run();
}

/**
 * A finding with corrective actions stays (the actions are its history). Otherwise it goes with
 * its evidence links; files no other record uses are deleted after the commit.
 */
export const removeFinding: ModuleHandlers<'findings.remove'>['findings.remove'] = async (ctx, { id }) => {
  const { db } = ctx.store;
  const finding = requireFindingView(db, id);
  requireEditableAudit(db, finding.auditId);
  if (finding.actionCount > 0) {
    throw conflict(
      text('errors.finding.hasActions', { code: findingCode(finding.number), count: finding.actionCount }),
    );
  }
  const forgotten = ctx.store.sqlite
    .transaction(() => {
      const links = db.select({ sha256: evidenceLinks.sha256 }).from(evidenceLinks).where(eq(evidenceLinks.findingId, id)).all();
      db.delete(evidenceLinks).where(eq(evidenceLinks.findingId, id)).run();
      db.delete(findings).where(eq(findings.id, id)).run();
      renumberAfter(db, finding.auditId, finding.number);
      recordChange(ctx, { entity: 'finding', entityId: id, action: 'delete', changes: { number: finding.number, description: finding.description } });
      return forgetUnusedFiles(
        db,
        links.map((link) => link.sha256),
      );
    })
    .immediate();
  deleteForgottenFiles(db, ctx.config.dataDir, forgotten);
  return { removedNumber: finding.number };
};
