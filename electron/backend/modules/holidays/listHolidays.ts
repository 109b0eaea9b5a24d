import type { ModuleHandlers } from '../../api/handlers';
import { selectHolidaysOfYear } from './holidayViews';

export const listHolidays: ModuleHandlers<'holidays.list'>['holidays.list'] = (ctx, input) => selectHolidaysOfYear(ctx.store.db, input.year);
