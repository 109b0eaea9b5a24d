import { addDays, weekdayOf } from '../../../../shared/dates';

export const isWeekend = (isoDate: string): boolean => {
  const weekday = weekdayOf(isoDate);
  return weekday === 0 || weekday === 6;
};

/** The year's working days in the scheduling months, in order: no Saturdays, Sundays or holidays. */
export function workingDaysOf(year: number, months: readonly number[], holidayDates: ReadonlySet<string>): string[] {
  const wanted = new Set(months);
  const days: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    if (wanted.has(Number(date.slice(5, 7))) && !isWeekend(date) && !holidayDates.has(date)) days.push(date);
  }
  return days;
}
