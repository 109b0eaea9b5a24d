import { and, eq, isNull } from 'drizzle-orm';
import { evidenceLinks } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { evidenceContent } from './evidenceContent';
import { selectEvidenceViews } from './evidenceViews';
import { removeEvidence } from './removeEvidence';
import { uploadEvidence } from './uploadEvidence';

export const evidenceHandlers: ModuleHandlers<'evidence.upload' | 'evidence.list' | 'evidence.content' | 'evidence.remove'> = {
  'evidence.upload': uploadEvidence,
  // A corrective action's completion evidence is shown with the action, not among the audit's own.
  'evidence.list': (ctx, { auditId }) => selectEvidenceViews(ctx.store.db, and(eq(evidenceLinks.auditId, auditId), isNull(evidenceLinks.correctiveActionId))),
  'evidence.content': evidenceContent,
  'evidence.remove': removeEvidence,
};
