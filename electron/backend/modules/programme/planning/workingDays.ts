import { weekdayOf } from '../../../../shared/dates';

/** Sunday (0) or Saturday (6). */
const isWeekendDay = (weekday: number): boolean => weekday === 0 || weekday === 6;

export const isWeekend = (isoDate: string): boolean => isWeekendDay(weekdayOf(isoDate));

/** The year's working days in the scheduling months, in order: no Saturdays, Sundays or holidays. */
export function workingDaysOf(year: number, months: readonly number[], holidayDates: ReadonlySet<string>): string[] {
  const wanted = new Set(months);
  const days: string[] = [];
  // One calendar walked day by day, rather than each date parsed again to step it and to find its weekday.
  for (const day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
    if (isWeekendDay(day.getUTCDay()) || !wanted.has(day.getUTCMonth() + 1)) continue;
    const date = day.toISOString().slice(0, 10);
    if (!holidayDates.has(date)) days.push(date);
  }
  return days;
}
