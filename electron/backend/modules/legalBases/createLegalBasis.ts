import { max } from 'drizzle-orm';
import { legalBases } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { documentKindFlags, requireLegalBasis } from './legalBasisRows';

export const createLegalBasis: ModuleHandlers<'legalBases.create'>['legalBases.create'] = (ctx, input) => {
  const { db } = ctx.store;
  const lastOrder = db.select({ value: max(legalBases.sortOrder) }).from(legalBases).get()?.value ?? 0;
  const created = db
    .insert(legalBases)
    .values({ text: input.text, ...documentKindFlags(input.documentKinds), sortOrder: lastOrder + 10 })
    .returning({ id: legalBases.id })
    .get();
  recordChange(ctx, { entity: 'legalBasis', entityId: created.id, action: 'create', changes: input });
  return requireLegalBasis(db, created.id);
};
