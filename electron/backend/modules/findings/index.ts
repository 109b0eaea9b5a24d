import { eq } from 'drizzle-orm';
import { findings } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { createFinding } from './createFinding';
import { recordSuggestedFindings } from './recordSuggestedFindings';
import { selectFindingViews } from './findingViews';
import { removeFinding } from './removeFinding';
import { updateFinding } from './updateFinding';

export const findingsHandlers: ModuleHandlers<'findings.list' | 'findings.create' | 'findings.recordSuggested' | 'findings.update' | 'findings.remove'> = {
  'findings.list': (ctx, { auditId }) => selectFindingViews(ctx.store.db, eq(findings.auditId, auditId)),
  'findings.create': createFinding,
  'findings.recordSuggested': recordSuggestedFindings,
  'findings.update': updateFinding,
  'findings.remove': removeFinding,
};
