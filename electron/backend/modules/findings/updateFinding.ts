import { eq } from 'drizzle-orm';
import { findings } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { requireEditableAudit } from '../audits/auditRules';
import { requireFindingView } from './findingViews';

export const updateFinding: ModuleHandlers<'findings.update'>['findings.update'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requireFindingView(db, id);
  requireEditableAudit(db, before.auditId);
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length === 0) return before;
  db.update(findings).set({ ...patch, updatedAt: ctx.now().toISOString() }).where(eq(findings.id, id)).run();
  recordChange(ctx, { entity: 'finding', entityId: id, action: 'update', changes });
  return requireFindingView(db, id);
};
