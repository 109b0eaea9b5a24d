import type { ModuleHandlers } from '../../api/handlers';
import { createHoliday } from './createHoliday';
import { deleteHoliday } from './deleteHoliday';
import { listHolidays } from './listHolidays';
import { updateHoliday } from './updateHoliday';

export const holidaysHandlers: ModuleHandlers<'holidays.list' | 'holidays.create' | 'holidays.update' | 'holidays.delete'> = {
  'holidays.list': listHolidays,
  'holidays.create': createHoliday,
  'holidays.update': updateHoliday,
  'holidays.delete': deleteHoliday,
};
