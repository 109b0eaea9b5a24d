import * as z from 'zod';
import { command, query } from './define';
import { calendarDate, id, requiredText, year } from './fields';
import { patchInput } from './patch';

/** A public holiday or compensatory day off (nghỉ bù), excluded when inspections are scheduled. */
export interface HolidayView {
  id: string;
  date: string;
  name: string;
}

export const holidayFields = z.object({
  date: calendarDate('fieldLabels.holidayDate'),
  name: requiredText('fieldLabels.holidayName', 100),
});

export const holidaysMethods = {
  'holidays.list': query<HolidayView[]>()(z.object({ year }).strict(), 'Ngày nghỉ lễ, Tết của một năm, theo thứ tự ngày'),
  'holidays.create': command<HolidayView>()(holidayFields.strict(), 'Thêm ngày nghỉ lễ, Tết'),
  'holidays.update': command<HolidayView>()(
    patchInput(holidayFields, { id }),
    'Sửa ngày nghỉ',
  ),
  'holidays.delete': command<{ id: string }>()(z.object({ id }).strict(), 'Xóa ngày nghỉ'),
};
