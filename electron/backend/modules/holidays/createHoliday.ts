import { holidays } from '../../../../db/schema';
import type { ModuleHandlers } from '../../api/handlers';
import { recordChange } from '../../api/recordChange';
import { assertHolidayDateFree } from './holidayRules';

export const createHoliday: ModuleHandlers<'holidays.create'>['holidays.create'] = (ctx, input) => {
  const { db } = ctx.store;
  assertHolidayDateFree(db, input.date);
  const created = db.insert(holidays).values(input).returning({ id: holidays.id, date: holidays.date, name: holidays.name }).get();
  recordChange(ctx, { entity: 'holiday', entityId: created.id, action: 'create', changes: input });
  return created;
};
