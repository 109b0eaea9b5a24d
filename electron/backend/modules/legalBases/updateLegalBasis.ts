import { eq } from 'drizzle-orm';
import { legalBases } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { documentKindFlags, requireLegalBasis } from './legalBasisRows';

/** Order-free, so ticking the same kinds in another order is no change. */
const kindList = (kinds: string[]) => [...kinds].sort().join(', ');

export const updateLegalBasis: ModuleHandlers<'legalBases.update'>['legalBases.update'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requireLegalBasis(db, id);
  const changes = diffFields(
    { text: before.text, documentKinds: kindList(before.documentKinds) },
    { text: patch.text, documentKinds: patch.documentKinds && kindList(patch.documentKinds) },
  );
  if (Object.keys(changes).length === 0) return before;
  db.update(legalBases)
    .set({ ...(patch.text !== undefined ? { text: patch.text } : {}), ...(patch.documentKinds ? documentKindFlags(patch.documentKinds) : {}) })
    .where(eq(legalBases.id, id))
    .run();
  recordChange(ctx, { entity: 'legalBasis', entityId: id, action: 'update', changes });
  return requireLegalBasis(db, id);
};
