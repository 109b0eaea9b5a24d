import { eq } from 'drizzle-orm';
import { people } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { requirePersonView } from './personViews';

export const setPersonActive: ModuleHandlers<'people.setActive'>['people.setActive'] = (ctx, { id, active }) => {
  const { db } = ctx.store;
  const before = requirePersonView(db, id);
  if (before.active === active) return before;
  db.update(people).set({ active }).where(eq(people.id, id)).run();
  recordChange(ctx, { entity: 'person', entityId: id, action: 'update', changes: { active: [before.active, active] } });
  return requirePersonView(db, id);
};
