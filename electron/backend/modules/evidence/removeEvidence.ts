import { eq } from 'drizzle-orm';
import { evidenceLinks } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertActionEvidenceEditable } from '../actions/actionEvidence';
import { requireEditableAudit } from '../audits/auditRules';
import { requireEvidenceView } from './evidenceViews';
import { deleteForgottenFiles, forgetUnusedFiles } from './releaseFiles';

/** The link goes at once; the file only when no other record uses it, and only after the commit. */
export const removeEvidence: ModuleHandlers<'evidence.remove'>['evidence.remove'] = async (ctx, { id }) => {
  const { db } = ctx.store;
  const view = requireEvidenceView(db, id);
  if (view.correctiveActionId) assertActionEvidenceEditable(db, view.correctiveActionId, view.auditId);
  else requireEditableAudit(db, view.auditId);
  const forgotten = ctx.store.sqlite
    .transaction(() => {
      db.delete(evidenceLinks).where(eq(evidenceLinks.id, id)).run();
      recordChange(ctx, { entity: 'evidence', entityId: id, action: 'delete', changes: { fileName: view.fileName, sha256: view.sha256 } });
      return forgetUnusedFiles(db, [view.sha256]);
    })
    .immediate();
  deleteForgottenFiles(db, ctx.config.dataDir, forgotten);
  return { fileDeleted: forgotten.length > 0 };
};
