import { eq } from 'drizzle-orm';
import { holidays } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { requireHoliday } from './holidayViews';

export const deleteHoliday: ModuleHandlers<'holidays.delete'>['holidays.delete'] = (ctx, { id }) => {
  const { db } = ctx.store;
  const before = requireHoliday(db, id);
  db.delete(holidays).where(eq(holidays.id, id)).run();
  recordChange(ctx, { entity: 'holiday', entityId: id, action: 'delete', changes: { date: before.date, name: before.name } });
  return { id };
};
