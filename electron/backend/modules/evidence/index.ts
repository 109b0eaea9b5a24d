import { eq } from 'drizzle-orm';
import { evidenceLinks } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { evidenceContent } from './evidenceContent';
import { selectEvidenceViews } from './evidenceViews';
import { removeEvidence } from './removeEvidence';
import { uploadEvidence } from './uploadEvidence';

export const evidenceHandlers: ModuleHandlers<'evidence.upload' | 'evidence.list' | 'evidence.content' | 'evidence.remove'> = {
  'evidence.upload': uploadEvidence,
  'evidence.list': (ctx, { auditId }) => selectEvidenceViews(ctx.store.db, eq(evidenceLinks.auditId, auditId)),
  'evidence.content': evidenceContent,
  'evidence.remove': removeEvidence,
};
