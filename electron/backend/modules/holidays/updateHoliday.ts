import { eq } from 'drizzle-orm';
import { holidays } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { diffFields, recordChange } from '../../api/recordChange';
import { assertHolidayDateFree } from './holidayRules';
import { requireHoliday } from './holidayViews';

export const updateHoliday: ModuleHandlers<'holidays.update'>['holidays.update'] = (ctx, { id, ...patch }) => {
  const { db } = ctx.store;
  const before = requireHoliday(db, id);
  if (patch.date !== undefined) assertHolidayDateFree(db, patch.date, id);
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length === 0) return before;
  db.update(holidays).set(patch).where(eq(holidays.id, id)).run();
  recordChange(ctx, { entity: 'holiday', entityId: id, action: 'update', changes });
  return requireHoliday(db, id);
};
